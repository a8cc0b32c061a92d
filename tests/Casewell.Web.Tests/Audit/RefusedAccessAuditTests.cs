using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>
/// Refused attempts leave an entry in the audit trail, while the caller is answered exactly as for an unknown id;
/// and the parts of a case (tasks, contacts) are found with everything else about its client.
/// </summary>
public abstract class RefusedAccessAuditTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly string[] CaseAttempts =
        ["GET ", "GET /timeline", "GET /tasks", "GET /contacts", "POST /transitions", "POST /tasks", "POST /contacts", "POST /assignments"];

    private static async Task<HttpResponseMessage> AttemptAsync(HttpClient http, Guid caseId, string attempt)
    {
        var (method, path) = (attempt.Split(' ')[0], attempt.Split(' ')[1]);
        var url = $"/api/v1/cases/{caseId}{path}";
        if (method == "GET") return await http.GetAsync(url, Cancellation);
        object body = path switch
        {
            "/transitions" => new { transition = "PutOnHold", reason = "Looking" },
            "/tasks" => new { title = "Look", dueOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(3), kind = "FollowUp" },
            "/contacts" => new { occurredAt = TimeProvider.System.GetUtcNow(), kind = "Phone", summary = "Called" },
            _ => new { workerId = Guid.CreateVersion7(), role = "Secondary" },
        };
        return await CaseHttp.SendAsync(http, url, body, "\"1\"");
    }

    private Task<List<AuditEntry>> EntriesByAsync(Guid actorId) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking().Where(a => a.ActorId == actorId).OrderBy(a => a.Sequence).ToListAsync(Cancellation));

    /// <summary>A problem document without what differs between any two answers (the trace id).</summary>
    private static async Task<string> ProblemShapeAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.AsObject();
        problem.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {problem.ToJsonString()}";
    }

    [Fact]
    public async Task Every_refused_call_on_another_teams_case_leaves_an_entry_and_answers_as_an_unknown_id_does()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (_, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var elsewhere = await CaseWorld.CreateAsync(App);
        var outsider = elsewhere.Supervisor;
        var unknown = Guid.CreateVersion7();

        foreach (var attempt in CaseAttempts)
        {
            var refused = await AttemptAsync(outsider.Http, @case.Id, attempt);
            var missing = await AttemptAsync(outsider.Http, unknown, attempt);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(await ProblemShapeAsync(missing), await ProblemShapeAsync(refused));
        }

        var entries = (await EntriesByAsync(outsider.Id)).Where(e => e.Action == "Case.AccessRefused").ToList();
        var onTheCase = entries.Where(e => e.EntityId == @case.Id.ToString()).ToList();
        Assert.Equal(CaseAttempts.Length, onTheCase.Count);
        Assert.All(onTheCase, e => Assert.Equal(@case.ClientId, e.ClientId));
        Assert.Equal(CaseAttempts.Length, entries.Count(e => e.EntityId == unknown.ToString() && e.ClientId is null));
    }

    [Fact]
    public async Task A_worker_who_may_read_but_not_change_a_case_leaves_an_entry_when_refused()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var (_, @case) = await world.AddWorkerWithOpenCaseAsync();
        var colleague = await world.AddWorkerAsync("Cole League");

        var response = await AttemptAsync(colleague.Http, @case.Id, "POST /transitions");

        Assert.False(response.IsSuccessStatusCode);
        var entry = Assert.Single(await EntriesByAsync(colleague.Id), e => e.Action == "Case.AccessRefused");
        Assert.Equal(@case.Id.ToString(), entry.EntityId);
        Assert.Equal("change", entry.Details);
    }

    [Fact]
    public async Task Refused_calls_on_another_teams_task_leave_entries_with_its_client()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await world.AddTaskDueInAsync(@case.Id, worker, 3);
        using var elsewhere = await CaseWorld.CreateAsync(App);
        var outsider = elsewhere.Supervisor;

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/v1/tasks/{taskId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CaseHttp.SendAsync(outsider.Http, $"/api/v1/tasks/{taskId}/completion", new { note = "done" }, "\"1\"")).StatusCode);

        var entries = (await EntriesByAsync(outsider.Id)).Where(e => e.Action == "Task.AccessRefused").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((taskId.ToString(), @case.ClientId), (e.EntityId!, e.ClientId)));
    }

    [Fact]
    public async Task A_refused_handover_of_another_teams_worker_is_answered_as_unknown_and_leaves_an_entry()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (leaving, _) = await world.AddWorkerWithOpenCaseAsync();
        using var elsewhere = await CaseWorld.CreateAsync(App);
        var theirs = await elsewhere.AddWorkerAsync("Tia Theirs");
        var body = new { toWorkerIds = new[] { theirs.Id }, reason = "Leaving" };

        var refused = await elsewhere.Supervisor.Http.PostAsJsonAsync($"/api/v1/staff/{leaving.Id}/handover", body, Cancellation);
        var unknown = await elsewhere.Supervisor.Http.PostAsJsonAsync($"/api/v1/staff/{Guid.CreateVersion7()}/handover", body, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(await ProblemShapeAsync(unknown), await ProblemShapeAsync(refused));
        var entry = Assert.Single(await EntriesByAsync(elsewhere.Supervisor.Id), e => e.Action == "Staff.AccessRefused" && e.EntityId == leaving.Id.ToString());
        Assert.Equal("hand over their caseload", entry.Details);
    }

    [Fact]
    public async Task Refused_caseload_and_queue_reads_leave_entries_whether_the_role_or_the_team_refuses()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, _) = await world.AddWorkerWithOpenCaseAsync();
        var colleague = await world.AddWorkerAsync("Cole League");
        using var elsewhere = await CaseWorld.CreateAsync(App);

        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Http.GetAsync($"/api/v1/staff/{worker.Id}/caseload", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Supervisor.Http.GetAsync($"/api/v1/teams/{world.TeamId}/queue", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Supervisor.Http.GetAsync($"/api/v1/teams/{world.TeamId}/caseload", Cancellation)).StatusCode);

        Assert.Single(await EntriesByAsync(colleague.Id), e => e.Action == "Endpoint.AccessRefused" && e.EntityId == $"/api/v1/staff/{worker.Id}/caseload");
        Assert.Equal(2, (await EntriesByAsync(elsewhere.Supervisor.Id)).Count(e => e.Action == "Team.AccessRefused" && e.EntityId == world.TeamId.ToString()));
    }

    [Fact]
    public async Task The_audit_of_a_client_includes_the_tasks_and_contacts_of_their_cases()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await world.AddTaskDueInAsync(@case.Id, worker, 3);
        var (_, etag) = await CaseHttp.GetAsync(worker.Http, @case.Id);
        await CaseHttp.Succeeds(await CaseHttp.SendAsync(worker.Http, $"/api/v1/cases/{@case.Id}/contacts",
            new { occurredAt = TimeProvider.System.GetUtcNow(), kind = "Phone", summary = "Called about the visit" }, etag));
        var auditor = await world.AddStaffAsync(StaffRole.Auditor, "Audrey Auditor");

        var lines = await auditor.Http.GetFromJsonAsync<List<AuditLine>>($"/api/v1/audit?clientId={@case.ClientId}&pageSize=200", Cancellation);

        Assert.Contains(lines!, l => l.Action == "CaseTask.Created" && l.EntityId == taskId.ToString());
        Assert.Contains(lines!, l => l.Action == "CaseContact.Created");
        Assert.Contains(lines!, l => l.Action == "CaseAssignment.Created");
    }
}

public sealed class RefusedAccessAuditTests_on_Sqlite(SqliteApp app) : RefusedAccessAuditTests(app), IClassFixture<SqliteApp>;

public sealed class RefusedAccessAuditTests_on_Postgres(PostgresApp app) : RefusedAccessAuditTests(app), IClassFixture<PostgresApp>;
