using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Caseloads;

public abstract class CaseQueueApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<JsonElement> QueueAsync(StaffMember supervisor, Guid teamId, string query = "")
    {
        var response = await supervisor.Http.GetAsync($"/api/v1/teams/{teamId}/queue{query}", Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private static List<Guid> CaseIds(JsonElement queue) => [.. queue.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid())];

    [Fact]
    public async Task The_queue_holds_the_teams_cases_without_a_primary_worker_oldest_first()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var newer = await s.OpenCaseAsync(CasePriority.Urgent, SeededCaseTypes.SubstanceUse, lastName: "Newer");
        var older = await s.OpenCaseAsync(CasePriority.Low);
        await s.Database.SetDatesAsync(older.Id, referredDaysAgo: 6);
        await s.Database.SetDatesAsync(newer.Id, referredDaysAgo: 2);
        var assigned = await s.CaseOfAsync(worker);
        var returned = await s.CaseOfAsync(worker);
        await s.Database.SetDatesAsync(returned.Id, referredDaysAgo: 1);
        using var unassign = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{returned.Id}/assignments/{worker.Id}/end")
        {
            Content = JsonContent.Create(new { reason = "Worker on leave" }),
        };
        unassign.Headers.IfMatch.Add(new((await CaseHttp.GetAsync(s.Supervisor.Http, returned.Id)).ETag));
        Assert.Equal(HttpStatusCode.NoContent, (await s.Supervisor.Http.SendAsync(unassign, Cancellation)).StatusCode);
        var closed = await s.CaseOfAsync(worker);
        await s.CloseAsync(closed.Id);
        var elsewhere = await s.OpenCaseAsync(teamId: await s.AddTeamAsync("Elsewhere"));

        var queue = await QueueAsync(s.Supervisor, s.TeamId);

        Assert.Equal([older.Id, newer.Id, returned.Id], CaseIds(queue));
        Assert.Equal(3, queue.GetProperty("total").GetInt32());
        var urgent = queue.GetProperty("cases")[1];
        Assert.Equal(newer.Number, urgent.GetProperty("caseNumber").GetString());
        Assert.Equal("Urgent", urgent.GetProperty("priority").GetString());
        Assert.Equal("Substance use", urgent.GetProperty("caseTypeName").GetString());
        Assert.Equal("Robin Newer", urgent.GetProperty("clientName").GetString());
        Assert.True(urgent.TryGetProperty("referredAt", out _));
        Assert.True(urgent.GetProperty("version").GetInt32() >= 0);
        Assert.DoesNotContain(assigned.Id, CaseIds(queue));
        Assert.DoesNotContain(elsewhere.Id, CaseIds(queue));
    }

    [Fact]
    public async Task The_queue_lists_the_teams_workers_with_their_weighted_loads()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var busy = await s.AddWorkerAsync("Bea Busy");
        var free = await s.AddWorkerAsync("Fred Free");
        await s.CaseOfAsync(busy, CasePriority.Urgent, SeededCaseTypes.ChildProtectiveServices);
        var inactive = await s.AddWorkerAsync("Ina Inactive");
        Assert.Equal(HttpStatusCode.NoContent, (await s.Administrator.Http.PutAsJsonAsync($"/api/v1/staff/{inactive.Id}/status", new { active = false }, Cancellation)).StatusCode);

        var workers = (await QueueAsync(s.Supervisor, s.TeamId)).GetProperty("workers").EnumerateArray().ToList();

        var b = workers.Single(w => w.GetProperty("workerId").GetGuid() == busy.Id);
        Assert.Equal(3.0, b.GetProperty("weightedLoad").GetDouble(), 3);
        Assert.Equal(1, b.GetProperty("primaryCases").GetInt32());
        Assert.Equal(0.0, workers.Single(w => w.GetProperty("workerId").GetGuid() == free.Id).GetProperty("weightedLoad").GetDouble());
        Assert.Contains(workers, w => w.GetProperty("workerId").GetGuid() == s.Supervisor.Id);
        Assert.DoesNotContain(workers, w => w.GetProperty("workerId").GetGuid() == inactive.Id);
    }

    [Fact]
    public async Task A_case_assigned_from_the_queue_leaves_it_and_a_second_supervisor_with_the_same_version_is_told()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var colleague = await s.AddWorkerAsync("Cole League");
        var second = await s.AddStaffAsync(StaffRole.Supervisor, "Sue Second", supervises: true);
        var waiting = await s.OpenCaseAsync();
        var shown = (await QueueAsync(second, s.TeamId)).GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("caseId").GetGuid() == waiting.Id).GetProperty("version").GetInt32();

        var first = await CaseHttp.AssignAsync(s.Supervisor.Http, waiting.Id, worker.Id, "Primary", etag: $"\"{shown}\"");
        var late = await CaseHttp.AssignAsync(second.Http, waiting.Id, colleague.Id, "Primary", etag: $"\"{shown}\"");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Contains(worker.Name, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(waiting.Id, CaseIds(await QueueAsync(s.Supervisor, s.TeamId)));
        Assert.Equal(worker.Id, await s.Database.PrimaryWorkerAsync(waiting.Id));
    }

    [Fact]
    public async Task The_queue_comes_in_pages()
    {
        using var s = await CaseWorld.CreateAsync(App);
        for (var i = 0; i < 3; i++) await s.OpenCaseAsync();

        var first = await QueueAsync(s.Supervisor, s.TeamId, "?pageSize=2");
        var second = await QueueAsync(s.Supervisor, s.TeamId, "?pageSize=2&page=2");

        Assert.Equal(2, CaseIds(first).Count);
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Single(CaseIds(second));
        Assert.Equal(3, second.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?pageSize=0", "PageSize")]
    [InlineData("?pageSize=500", "PageSize")]
    [InlineData("?page=-1", "Page")]
    public async Task Bad_paging_is_a_validation_problem(string query, string field)
    {
        using var s = await CaseWorld.CreateAsync(App);

        var response = await s.Supervisor.Http.GetAsync($"/api/v1/teams/{s.TeamId}/queue{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_unreadable_page_number_is_a_400_problem()
    {
        using var s = await CaseWorld.CreateAsync(App);

        var response = await s.Supervisor.Http.GetAsync($"/api/v1/teams/{s.TeamId}/queue?page=two", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_supervisors_of_the_team_see_its_queue()
    {
        using var s = await CaseWorld.CreateAsync(App);
        await s.OpenCaseAsync();
        var worker = await s.AddWorkerAsync();
        using var other = await CaseWorld.CreateAsync(App);

        var byWorker = await worker.Http.GetAsync($"/api/v1/teams/{s.TeamId}/queue", Cancellation);
        var byOtherSupervisor = await other.Supervisor.Http.GetAsync($"/api/v1/teams/{s.TeamId}/queue", Cancellation);
        var noSuchTeam = await s.Supervisor.Http.GetAsync($"/api/v1/teams/{Guid.CreateVersion7()}/queue", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherSupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchTeam.StatusCode);
    }
}

public sealed class CaseQueueApiTests_on_Sqlite(SqliteApp app) : CaseQueueApiTests(app), IClassFixture<SqliteApp>;

public sealed class CaseQueueApiTests_on_Postgres(PostgresApp app) : CaseQueueApiTests(app), IClassFixture<PostgresApp>;
