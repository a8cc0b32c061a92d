using System.Net.Http.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Web.Tests.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>The "from where" of every entry: a request's client address, trusted proxies only when set, the work's name outside requests.</summary>
public abstract class AuditSourceTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_entry_written_by_a_request_has_the_requests_client_address()
    {
        using var host = SignInHost.Start(App);
        var (id, email) = await App.CreateStaffAsync(Casewell.Identity.StaffRole.CaseWorker);
        using var client = SignInHost.Client(host, "203.0.113.7");

        await SignInAsync(client, email);

        Assert.Equal("203.0.113.7", await SourceOfSignInAsync(id));
    }

    [Fact]
    public async Task X_Forwarded_For_is_ignored_unless_the_request_comes_from_a_trusted_proxy()
    {
        using var host = SignInHost.Start(App);
        var (id, email) = await App.CreateStaffAsync(Casewell.Identity.StaffRole.CaseWorker);
        using var client = SignInHost.Client(host, "203.0.113.7");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.99");

        await SignInAsync(client, email);

        Assert.Equal("203.0.113.7", await SourceOfSignInAsync(id));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_entry_has_the_forwarded_client_address()
    {
        using var host = SignInHost.Start(App, null, null, ("Network:TrustedProxies:0", "10.0.0.0/8"));
        var (id, email) = await App.CreateStaffAsync(Casewell.Identity.StaffRole.CaseWorker);
        using var client = SignInHost.Client(host, "10.1.2.3");
        // The client's claim first, then what the proxy saw: only the hop the trusted proxy added counts.
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.66, 198.51.100.9");

        await SignInAsync(client, email);

        Assert.Equal("198.51.100.9", await SourceOfSignInAsync(id));
    }

    [Fact]
    public async Task Work_outside_a_request_is_background_unless_it_names_itself()
    {
        var unnamed = AuditAction.Load("Test.Unnamed");
        var named = AuditAction.Load("Test.Named");
        await App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            db.RecordAccess(unnamed, "Test", null, null);
            await db.SaveChangesAsync(Cancellation);
        });
        await App.WithServicesAsync(async s =>
        {
            s.GetRequiredService<AuditSource>().NameWork(AuditSource.CommandLine);
            var db = s.GetRequiredService<CasewellDbContext>();
            db.RecordAccess(named, "Test", null, null);
            await db.SaveChangesAsync(Cancellation);
        });

        Assert.Equal(AuditSource.Background, await SourceOfAsync(unnamed.Name));
        Assert.Equal(AuditSource.CommandLine, await SourceOfAsync(named.Name));
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);
    }

    [Fact]
    public async Task The_auditors_list_shows_the_source()
    {
        using var host = SignInHost.Start(App);
        var (_, email) = await App.CreateStaffAsync(Casewell.Identity.StaffRole.Auditor);
        using var auditor = SignInHost.Client(host, "203.0.113.50");
        await SignInAsync(auditor, email);

        var lines = await auditor.GetFromJsonAsync<List<AuditLine>>("/api/v1/audit?pageSize=200", Cancellation);

        Assert.Contains(lines!, l => l.Action == "Staff.SignedIn" && l.Source == "203.0.113.50");
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"signing in answered {(int)response.StatusCode}");
    }

    private Task<string?> SourceOfSignInAsync(Guid staffId) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == staffId && e.Action == "Staff.SignedIn").Select(e => e.Source).SingleAsync(Cancellation));

    private Task<string?> SourceOfAsync(string action) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == action).Select(e => e.Source).SingleAsync(Cancellation));
}

public sealed class AuditSourceTests_on_Sqlite(SqliteApp app) : AuditSourceTests(app), IClassFixture<SqliteApp>;

public sealed class AuditSourceTests_on_Postgres(PostgresApp app) : AuditSourceTests(app), IClassFixture<PostgresApp>;
