using System.Net;
using System.Net.Http.Json;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Identity;

/// <summary>Sign-in must not tell which accounts exist, must slow guessing, and must not let a stranger lock a worker out for long.</summary>
public abstract class SignInThrottleTests(CasewellApp app) : IntegrationTest(app)
{
    private const string WrongPassword = "not the password at all";

    private static string UnknownEmail() => $"nobody-{Guid.CreateVersion7():N}@agency.example.org";

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/session", new { email, password }, Cancellation);

    [Fact]
    public async Task An_unknown_an_inactive_and_a_known_account_each_cost_one_password_check()
    {
        var hasher = new CountingPasswordHasher();
        await using var host = SignInHost.Start(App, hasher: hasher);
        using var client = SignInHost.Client(host);
        var (_, known) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        var (inactiveId, inactive) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        await App.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CasewellDbContext>();
            var user = await db.StaffUsers.SingleAsync(u => u.Id == inactiveId, Cancellation);
            user.Deactivate(TimeProvider.System.GetUtcNow());
            await db.SaveChangesAsync(Cancellation);
        });

        foreach (var email in new[] { UnknownEmail(), inactive, known })
        {
            var before = hasher.Verifications;
            var response = await SignInAsync(client, email, WrongPassword);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(before + 1, hasher.Verifications);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_make_the_next_attempt_wait_with_429_and_Retry_After()
    {
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        using var client = App.CreateAnonymousClient();

        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, email, WrongPassword)).StatusCode);
        var right = await SignInAsync(client, email, CasewellApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("casewell.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_email_waits_exactly_as_a_known_one_does()
    {
        using var client = App.CreateAnonymousClient();
        var email = UnknownEmail();

        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, email, WrongPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, email, WrongPassword)).StatusCode);
    }

    [Fact]
    public async Task Attempts_refused_by_the_wait_write_no_audit_entry()
    {
        var (id, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        using var client = App.CreateAnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++) await SignInAsync(client, email, WrongPassword);
        var before = await FailuresRecordedAsync(id);

        for (var attempt = 1; attempt <= 20; attempt++)
            Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, email, WrongPassword)).StatusCode);

        Assert.Equal(5, before);
        Assert.Equal(before, await FailuresRecordedAsync(id));
    }

    [Fact]
    public async Task The_real_user_signs_in_again_once_the_short_wait_is_over()
    {
        var clock = new FakeClock(TimeProvider.System.GetUtcNow());
        await using var host = SignInHost.Start(App, clock);
        using var client = SignInHost.Client(host);
        var (_, email) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        for (var attempt = 1; attempt <= 5; attempt++) await SignInAsync(client, email, WrongPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, email, CasewellApp.Password)).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(16));

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, email, CasewellApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Each_further_wrong_password_doubles_the_wait_up_to_its_limit()
    {
        var clock = new FakeClock(TimeProvider.System.GetUtcNow());
        await using var host = SignInHost.Start(App, clock);
        using var client = SignInHost.Client(host);
        var email = UnknownEmail();
        for (var attempt = 1; attempt <= 5; attempt++) await SignInAsync(client, email, WrongPassword);

        var waits = new List<TimeSpan?>();
        for (var round = 0; round < 6; round++)
        {
            var refused = await SignInAsync(client, email, WrongPassword);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            waits.Add(refused.Headers.RetryAfter?.Delta);
            clock.Advance(refused.Headers.RetryAfter!.Delta!.Value);
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, email, WrongPassword)).StatusCode);
        }

        Assert.Equal([15, 30, 60, 120, 240, 300], waits.Select(w => (int)w!.Value.TotalSeconds));
    }

    [Fact]
    public async Task One_address_is_limited_to_its_attempts_per_minute_on_the_API()
    {
        await using var host = SignInHost.Start(App, settings: ("Security:SignIn:AttemptsPerAddressPerMinute", "3"));
        using var client = SignInHost.Client(host, "198.51.100.20");
        using var elsewhere = SignInHost.Client(host, "198.51.100.21");

        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, UnknownEmail(), WrongPassword)).StatusCode);
        var refused = await SignInAsync(client, UnknownEmail(), WrongPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(elsewhere, UnknownEmail(), WrongPassword)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_says_when_an_address_must_wait()
    {
        await using var host = SignInHost.Start(App, settings: ("Security:SignIn:AttemptsPerAddressPerMinute", "2"));
        using var client = SignInHost.Client(host, "198.51.100.30");
        var inputs = HtmlForm.Inputs(await client.GetStringAsync("/sign-in", Cancellation));

        HttpResponseMessage? last = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = inputs["_handler"],
                ["__RequestVerificationToken"] = inputs["__RequestVerificationToken"],
                ["Form.Email"] = UnknownEmail(),
                ["Form.Password"] = WrongPassword,
            });
            last = await client.PostAsync("/sign-in", form, Cancellation);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
        Assert.Contains("Too many sign-in attempts", await last.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("worker\u0000@agency.example.org")]
    [InlineData("worker\u001b@agency.example.org")]
    public async Task An_email_with_a_control_character_is_refused_like_a_wrong_password(string email)
    {
        using var client = App.CreateAnonymousClient();

        var response = await SignInAsync(client, email, WrongPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<int> FailuresRecordedAsync(Guid staffId) => App.WithServicesAsync(services =>
        services.GetRequiredService<CasewellDbContext>().AuditEntries
            .CountAsync(a => a.Action == "Staff.SignInFailed" && a.EntityId == staffId.ToString(), Cancellation));
}

public sealed class SignInThrottleTests_on_Sqlite(SqliteApp app) : SignInThrottleTests(app), IClassFixture<SqliteApp>;

public sealed class SignInThrottleTests_on_Postgres(PostgresApp app) : SignInThrottleTests(app), IClassFixture<PostgresApp>;
