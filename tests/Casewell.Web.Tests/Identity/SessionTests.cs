using System.Net;
using System.Net.Http.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task A_cookie_copied_before_signing_out_through_the_API_is_refused_after_it()
    {
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        using var client = App.CreateAnonymousClient();
        var cookie = SessionCookieOf(await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation));
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(cookie, "/api/v1/caseload")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/session", Cancellation)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(cookie, "/api/v1/caseload")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_on_the_page_is_refused_after_it()
    {
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        using var client = App.CreateAnonymousClient();
        var cookie = SessionCookieOf(await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation));

        var signOut = await PostSignOutAsync(client, withToken: true);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/sign-in", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(cookie, "/api/v1/caseload")).StatusCode);
        var page = await WithCookieAsync(cookie, "/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/sign-in", page.Headers.Location?.PathAndQuery ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_does_not_sign_out()
    {
        using var client = await App.SignedInAsync(StaffRole.CaseWorker);

        var signOut = await PostSignOutAsync(client, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/session", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_session_past_the_absolute_limit_is_refused_however_busy_it_is()
    {
        var clock = new FakeClock(TimeProvider.System.GetUtcNow());
        await using var host = SignInHost.Start(App, clock, settings: [("Security:IdleTimeoutMinutes", "60"), ("Security:AbsoluteSessionHours", "1")]);
        using var client = SignInHost.Client(host);
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/session", Cancellation)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(25));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/session", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_is_recorded_under_the_account_with_its_address()
    {
        await using var host = SignInHost.Start(App);
        using var client = SignInHost.Client(host, "192.0.2.44");
        var (id, email) = await App.CreateStaffAsync(StaffRole.CaseWorker, "Robin Signer");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation)).StatusCode);

        var entry = Assert.Single(await EntriesAsync(id, "Staff.SignedIn"));
        Assert.Equal((id, "Robin Signer"), (entry.ActorId, entry.ActorName));
        Assert.Contains("192.0.2.44", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sign_in_names_the_account_it_tried_and_the_address()
    {
        await using var host = SignInHost.Start(App);
        using var client = SignInHost.Client(host, "192.0.2.45");
        var (id, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);

        await client.PostAsJsonAsync("/api/v1/session", new { email, password = "not the password at all" }, Cancellation);

        var entry = Assert.Single(await EntriesAsync(id, "Staff.SignInFailed"));
        Assert.Contains("192.0.2.45", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_is_recorded()
    {
        var (client, id) = await App.SignedInWithIdAsync(StaffRole.CaseWorker);
        using (client)
        {
            await client.DeleteAsync("/api/v1/session", Cancellation);
        }

        var entry = Assert.Single(await EntriesAsync(id, "Staff.SignedOut"));
        Assert.Equal(id, entry.ActorId);
    }

    private static string SessionCookieOf(HttpResponseMessage signIn)
    {
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        return string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("casewell.session", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
    }

    /// <summary>A request from another client holding only a copy of the cookie, as a thief of it would send.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        using var thief = App.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request, Cancellation);
    }

    /// <summary>The nav menu's sign-out form, posted with its antiforgery token or, as another site would, without.</summary>
    private static async Task<HttpResponseMessage> PostSignOutAsync(HttpClient client, bool withToken)
    {
        var page = await client.GetAsync("/", Cancellation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var fields = new Dictionary<string, string>();
        if (withToken) fields["__RequestVerificationToken"] = HtmlForm.Inputs(await page.Content.ReadAsStringAsync(Cancellation))["__RequestVerificationToken"];
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/sign-out", form, Cancellation);
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid staffId, string action) => App.WithServicesAsync(services =>
        services.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == action && a.EntityId == staffId.ToString())
            .ToListAsync(Cancellation));
}

public sealed class SessionTests_on_Sqlite(SqliteApp app) : SessionTests(app), IClassFixture<SqliteApp>;

public sealed class SessionTests_on_Postgres(PostgresApp app) : SessionTests(app), IClassFixture<PostgresApp>;
