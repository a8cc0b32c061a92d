using System.Net;
using System.Net.Http.Json;
using Casewell.Identity;

namespace Casewell.Web.Tests.Identity;

public abstract class SessionTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_session_cookie_is_HttpOnly_Secure_and_SameSite_Strict()
    {
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        using var client = App.CreateAnonymousClient();

        var response = await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("casewell.session=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=strict", attributes);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_fails_too()
    {
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        using var client = App.CreateAnonymousClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/session", new { email, password = "not the password at all" }, Cancellation);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        var right = await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("casewell.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_session_at_its_next_request()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var (worker, workerId) = await App.SignedInWithIdAsync(StaffRole.CaseWorker);
        using (worker)
        {
            Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("/api/v1/session", Cancellation)).StatusCode);

            var deactivate = await administrator.PutAsJsonAsync($"/api/v1/staff/{workerId}/status", new { active = false }, Cancellation);
            Assert.Equal(HttpStatusCode.NoContent, deactivate.StatusCode);

            Assert.Equal(HttpStatusCode.Unauthorized, (await worker.GetAsync("/api/v1/session", Cancellation)).StatusCode);
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await App.SignedInAsync(StaffRole.Supervisor);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/session", Cancellation)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/session", Cancellation)).StatusCode);
    }
}

public sealed class SessionTests_on_Sqlite(SqliteApp app) : SessionTests(app), IClassFixture<SqliteApp>;

public sealed class SessionTests_on_Postgres(PostgresApp app) : SessionTests(app), IClassFixture<PostgresApp>;
