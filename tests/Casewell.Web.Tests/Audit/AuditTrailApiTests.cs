using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>The auditor's filters, paging and export over HTTP: what each finds, and what it must not let through.</summary>
public abstract class AuditTrailApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly string[] Types = ["Client", "Case", "CaseTask", "StaffUser", "TeamMembership", "ProgramManager", "Restriction", "RestrictionAccess", "EmergencyGrant"];

    private static async Task<List<AuditLine>> TrailAsync(HttpClient auditor, string query)
    {
        var response = await auditor.GetAsync("/api/v1/audit?" + query, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        return (await response.Content.ReadFromJsonAsync<List<AuditLine>>(Cancellation))!;
    }

    private const string WrittenActions = "action=Client.Viewed&action=Caseload.Listed";

    /// <summary>
    /// Entries about a client no one else uses: views naming them, and caseloads that showed them with someone else. The
    /// trail's own entries about the client (the auditor's views and exports) are left out by filtering on these actions.
    /// </summary>
    private Task<List<long>> WriteAboutAsync(Guid clientId, int named, int listed, string? details = null) => App.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        // Interleaved, so the two sources of a client's entries alternate in the order the pages must merge.
        for (var i = 0; i < Math.Max(named, listed); i++)
        {
            if (i < named) db.RecordAccess(AuditAction.ClientViewed, "Client", clientId.ToString(), clientId, details ?? $"read {i}");
            await db.SaveChangesAsync(Cancellation);
            if (i < listed) db.RecordListAccess(AuditAction.CaseloadListed, "Caseload", [clientId, Guid.CreateVersion7()], details);
            await db.SaveChangesAsync(Cancellation);
        }
        return await db.AuditEntries.AsNoTracking().Where(a => a.ClientId == clientId || db.AuditEntryClients.Any(c => c.ClientId == clientId && c.EntryId == a.Id))
            .OrderByDescending(a => a.Sequence).Select(a => a.Sequence).ToListAsync(Cancellation);
    });

    private Task<List<AuditEntry>> EntriesByAsync(Guid actorId, string action) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking().Where(a => a.ActorId == actorId && a.Action == action).ToListAsync(Cancellation));

    [Fact]
    public async Task Who_has_looked_at_a_client_finds_their_profile_views_and_the_lists_that_showed_them()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var (_, other) = await world.AddWorkerWithOpenCaseAsync();
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync("/api/v1/caseload", Cancellation)).StatusCode);
        var (auditor, _) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        var lines = await TrailAsync(auditor, $"clientId={@case.ClientId}&pageSize=200");

        Assert.Contains(lines, l => l.Action == "Client.Viewed" && l.ActorId == worker.Id);
        // The caseload names no one client of its own, but it showed this one.
        Assert.Contains(lines, l => l.Action == "Caseload.Listed" && l.ActorId == worker.Id);
        Assert.DoesNotContain(lines, l => l.ClientId == other.ClientId);
        Assert.Equal(lines.OrderByDescending(l => l.Sequence).Select(l => l.Sequence), lines.Select(l => l.Sequence));
    }

    [Fact]
    public async Task The_filters_by_staff_member_case_action_and_group_find_only_what_they_name()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
        var (auditor, _) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        var byWorker = await TrailAsync(auditor, $"actorId={worker.Id}&pageSize=200");
        var ofCase = await TrailAsync(auditor, $"caseId={@case.Id}&pageSize=200");
        var caseViews = await TrailAsync(auditor, $"actorId={worker.Id}&action=Case.Viewed");
        var reads = await TrailAsync(auditor, $"actorId={worker.Id}&group=Reads&pageSize=200");
        var twoActions = await TrailAsync(auditor, $"actorId={worker.Id}&action=Case.Viewed&action=Client.Viewed");

        Assert.All(byWorker, l => Assert.Equal(worker.Id, l.ActorId));
        Assert.Contains(byWorker, l => l.Action == "Client.Viewed");
        Assert.All(ofCase, l => Assert.Equal(("Case", @case.Id.ToString()), (l.EntityType, l.EntityId)));
        Assert.Contains(ofCase, l => l.Action == "Case.Viewed" && l.ActorId == worker.Id);
        Assert.NotEmpty(caseViews);
        Assert.All(caseViews, l => Assert.Equal(("Case.Viewed", worker.Id), (l.Action, l.ActorId)));
        var readNames = AuditActionGroups.Names(AuditActionGroup.Reads, Types);
        Assert.All(reads, l => Assert.Contains(l.Action, readNames));
        Assert.Equal(byWorker.Count(l => readNames.Contains(l.Action)), reads.Count);
        Assert.Equal(["Case.Viewed", "Client.Viewed"], twoActions.Select(l => l.Action).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(caseViews.Count + byWorker.Count(l => l.Action == "Client.Viewed"), twoActions.Count);
    }

    [Fact]
    public async Task Refused_accesses_are_found_by_their_group()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (_, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var elsewhere = await CaseWorld.CreateAsync(App);
        var outsider = elsewhere.Supervisor;
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/v1/cases/{@case.Id}", Cancellation)).StatusCode);
        var (auditor, _) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        var refused = await TrailAsync(auditor, $"actorId={outsider.Id}&group=Refusals");

        Assert.Contains(refused, l => l.Action == "Case.AccessRefused" && l.EntityId == @case.Id.ToString());
        var refusals = AuditActionGroups.Names(AuditActionGroup.Refusals, Types);
        Assert.All(refused, l => Assert.Contains(l.Action, refusals));
    }

    [Fact]
    public async Task Dates_are_the_agency_s_calendar_days_both_included()
    {
        var client = Guid.CreateVersion7();
        await WriteAboutAsync(client, named: 2, listed: 0);
        var today = App.Services.GetRequiredService<AgencyCalendar>().Today();
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (auditor, _) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        Assert.Equal(2, (await TrailAsync(auditor, $"clientId={client}&from={Day(today)}&to={Day(today)}")).Count(l => l.Action == "Client.Viewed"));
        Assert.Empty(await TrailAsync(auditor, $"clientId={client}&from={Day(today.AddDays(1))}"));
        Assert.Empty(await TrailAsync(auditor, $"clientId={client}&to={Day(today.AddDays(-1))}"));
    }

    [Fact]
    public async Task Paging_with_before_walks_the_whole_trail_of_a_client_without_gaps_or_repeats()
    {
        var client = Guid.CreateVersion7();
        var written = await WriteAboutAsync(client, named: 4, listed: 5);
        Assert.Equal(9, written.Count);
        var (auditor, _) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        var seen = new List<long>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await TrailAsync(auditor, $"clientId={client}&{WrittenActions}&pageSize=2" + (before is null ? "" : "&before=" + before));
            if (page.Count == 0) break;
            Assert.True(page.Count <= 2);
            seen.AddRange(page.Select(l => l.Sequence));
            before = page[^1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(written, seen);
    }

    [Fact]
    public async Task Looking_at_the_trail_is_recorded_once_per_page_with_its_filters()
    {
        var client = Guid.CreateVersion7();
        var (auditor, auditorId) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        await TrailAsync(auditor, $"clientId={client}&group=Refusals");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/audit?clientId={client}", Cancellation)).StatusCode);

        var views = (await EntriesByAsync(auditorId, AuditAction.AuditTrailViewed.Name)).Where(e => e.ClientId == client).OrderBy(e => e.Sequence).ToList();
        Assert.Equal(2, views.Count);
        Assert.Equal($"client {client}; groups Refusals", views[0].Details);
        Assert.Equal($"client {client}", views[1].Details);
    }

    [Fact]
    public async Task The_export_is_every_matching_entry_as_safe_csv_and_is_itself_recorded_with_its_filters()
    {
        var client = Guid.CreateVersion7();
        var written = await WriteAboutAsync(client, named: 3, listed: 2, details: "=HYPERLINK(\"http://evil.example\",\"x\")");
        var (auditor, auditorId) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        var response = await auditor.GetAsync($"/api/v1/audit/export?clientId={client}&{WrittenActions}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("audit-trail.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var rows = (await response.Content.ReadAsStringAsync(Cancellation)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,When (UTC),", rows[0], StringComparison.Ordinal);
        Assert.Equal(written.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r.Split(',')[0]));
        // The formula is kept as text: a spreadsheet shows it and does not run it.
        Assert.All(rows.Skip(1), r => Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")", r, StringComparison.Ordinal));
        var export = Assert.Single(await EntriesByAsync(auditorId, AuditAction.AuditTrailExported.Name));
        Assert.Equal($"client {client}; actions Client.Viewed,Caseload.Listed", export.Details);
        Assert.Equal(client, export.ClientId);
    }

    [Theory]
    [InlineData(StaffRole.CaseWorker)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Administrator)]
    public async Task No_one_but_an_auditor_reads_or_exports_the_trail(StaffRole role)
    {
        var (someone, id) = await App.SignedInWithIdAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/api/v1/audit", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/api/v1/audit/export", Cancellation)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await someone.GetAsync("/audit", Cancellation)).StatusCode);
        Assert.Empty(await EntriesByAsync(id, AuditAction.AuditTrailExported.Name));
        Assert.Empty(await EntriesByAsync(id, AuditAction.AuditTrailViewed.Name));
    }

    [Theory]
    [InlineData("clientId=nope", "clientId")]
    [InlineData("actorId=1%27%20OR%201%3D1--", "actorId")]
    [InlineData("caseId=%00", "caseId")]
    [InlineData("action=Case.Peeked", "action")]
    [InlineData("action=%3Cscript%3E", "action")]
    [InlineData("group=Everything", "group")]
    [InlineData("from=2026-02-30", "from")]
    [InlineData("to=..%2F..%2Fetc%2Fpasswd", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("before=-1", "before")]
    [InlineData("before=99999999999999999999999", "before")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=100000", "pageSize")]
    public async Task A_bad_filter_is_a_problem_naming_its_parameter_on_the_list_and_the_export(string query, string field)
    {
        var (auditor, auditorId) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        foreach (var path in new[] { "/api/v1/audit?", "/api/v1/audit/export?" })
        {
            if (path.Contains("export", StringComparison.Ordinal) && field == "pageSize") continue;
            var response = await auditor.GetAsync(path + query, Cancellation);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{path}{query}: {problem}");
        }
        Assert.Empty(await EntriesByAsync(auditorId, AuditAction.AuditTrailExported.Name));
    }

    [Fact]
    public async Task A_bad_filter_on_the_page_is_shown_at_its_field()
    {
        var auditor = await App.SignedInAsync(StaffRole.Auditor);

        var html = await auditor.GetStringAsync("/audit?clientId=nope&from=2026-03-02&to=2026-03-01", Cancellation);

        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"field-clientid-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"field-to-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit-trail\"", html, StringComparison.Ordinal);
    }
}

public sealed class AuditTrailApiTests_on_Sqlite(SqliteApp app) : AuditTrailApiTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailApiTests_on_Postgres(PostgresApp app) : AuditTrailApiTests(app), IClassFixture<PostgresApp>;
