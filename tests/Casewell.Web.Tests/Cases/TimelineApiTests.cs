using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Cases;

public abstract class TimelineApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static List<string?> Kinds(JsonElement timeline) =>
        [.. timeline.GetProperty("entries").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString())];

    [Fact]
    public async Task The_timeline_tells_the_case_newest_first()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Home visit", await world.Database.TodayAsync());

        var timeline = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/timeline", Cancellation);

        Assert.Equal(["TaskCreated", "StatusChanged", "Assigned", "Opened"], Kinds(timeline));
        var assigned = timeline.GetProperty("entries").GetProperty("items")[2];
        Assert.Equal((worker.Name, world.Supervisor.Name), (assigned.GetProperty("subject").GetString(), assigned.GetProperty("actorName").GetString()));
        Assert.Equal(@case.Number, timeline.GetProperty("case").GetProperty("caseNumber").GetString());
    }

    [Fact]
    public async Task The_timeline_shows_only_the_kinds_asked_for_page_by_page()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "First", today);
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Second", today);
        var path = $"/api/v1/cases/{@case.Id}/timeline";

        var filtered = await worker.Http.GetFromJsonAsync<JsonElement>($"{path}?kind=TaskCreated&kind=opened", Cancellation);
        Assert.Equal(["TaskCreated", "TaskCreated", "Opened"], Kinds(filtered));
        Assert.Equal(["TaskCreated", "Opened"], filtered.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));

        var first = await worker.Http.GetFromJsonAsync<JsonElement>($"{path}?kind=TaskCreated&pageSize=1", Cancellation);
        var second = await worker.Http.GetFromJsonAsync<JsonElement>($"{path}?kind=TaskCreated&pageSize=1&page=2", Cancellation);
        Assert.Equal("Second", first.GetProperty("entries").GetProperty("items")[0].GetProperty("subject").GetString());
        Assert.True(first.GetProperty("entries").GetProperty("hasMore").GetBoolean());
        Assert.Equal("First", second.GetProperty("entries").GetProperty("items")[0].GetProperty("subject").GetString());
        Assert.False(second.GetProperty("entries").GetProperty("hasMore").GetBoolean());

        var bad = await worker.Http.GetAsync($"{path}?kind=Gossip", Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("kind", await bad.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_timeline_is_recorded_in_the_audit_trail()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/timeline?kind=Assigned", Cancellation);

        var audit = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "Case.TimelineViewed" && a.EntityId == @case.Id.ToString()).ToListAsync(Cancellation));
        var entry = Assert.Single(audit);
        Assert.Equal((worker.Id, @case.ClientId, "kinds Assigned"), (entry.ActorId, entry.ClientId, entry.Details));
    }

    [Fact]
    public async Task Nobody_who_may_not_read_the_case_reads_its_timeline_and_no_read_is_recorded_for_them()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var stranger = await App.SignedInAsync(StaffRole.CaseWorker);
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        using var anonymous = App.CreateAnonymousClient();
        var path = $"/api/v1/cases/{@case.Id}/timeline";

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Supervisor.Http.GetAsync(path, Cancellation)).StatusCode);
        var reads = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.Action == "Case.TimelineViewed" && a.EntityId == @case.Id.ToString(), Cancellation));
        Assert.Equal(1, reads);
    }
}

public sealed class TimelineApiTests_on_Sqlite(SqliteApp app) : TimelineApiTests(app), IClassFixture<SqliteApp>;

public sealed class TimelineApiTests_on_Postgres(PostgresApp app) : TimelineApiTests(app), IClassFixture<PostgresApp>;
