using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Tasks;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Caseloads;

public abstract class DeactivatedWorkerTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task DeactivateAsync(CaseWorld s, StaffMember worker)
    {
        var response = await s.Administrator.Http.PutAsJsonAsync($"/api/v1/staff/{worker.Id}/status", new { active = false }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_workers_cases_return_to_the_queue_and_the_team_caseload_warns()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var colleague = await s.AddWorkerAsync("Cole League");
        var primary = await s.CaseOfAsync(leaving, CasePriority.High);
        await s.TransitionAsync(primary.Id, "Open");
        var helping = await s.CaseOfAsync(colleague);
        await s.AssignAsync(helping.Id, leaving.Id, AssignmentRole.Secondary);
        var task = await s.AddTaskDueInAsync(primary.Id, leaving, 4);
        var before = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{s.TeamId}/caseload", Cancellation);
        Assert.Equal(0, before.GetProperty("unassignedCases").GetInt32());

        await DeactivateAsync(s, leaving);

        var queue = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{s.TeamId}/queue", Cancellation);
        var queued = queue.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == primary.Id);
        Assert.Equal("Open", queued.GetProperty("status").GetString());
        Assert.DoesNotContain(queue.GetProperty("workers").EnumerateArray(), w => w.GetProperty("workerId").GetGuid() == leaving.Id);

        var team = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{s.TeamId}/caseload", Cancellation);
        Assert.Equal(1, team.GetProperty("unassignedCases").GetInt32());
        Assert.DoesNotContain(team.GetProperty("workers").EnumerateArray(), w => w.GetProperty("workerId").GetGuid() == leaving.Id);

        Assert.Null(await s.Database.PrimaryWorkerAsync(primary.Id));
        Assert.False(await s.Database.IsAssignedAsync(helping.Id, leaving.Id));
        Assert.Equal(colleague.Id, await s.Database.PrimaryWorkerAsync(helping.Id));
        var returned = (await s.Database.TimelineAsync(primary.Id)).Last();
        Assert.Equal(CaseEventKind.Unassigned, returned.Kind);
        Assert.Equal("Account deactivated", returned.Reason);
        Assert.Equal(leaving.Name, returned.Subject);
        Assert.Equal(s.Administrator.Id, returned.ActorId);
        Assert.Equal(CaseEventKind.Unassigned, (await s.Database.TimelineAsync(helping.Id)).Last().Kind);
        // Tasks stay on the case for whoever takes it next.
        var heldTask = await s.Database.TaskAsync(task);
        Assert.Equal((leaving.Id, CaseTaskStatus.Open), (heldTask.AssignedToId, heldTask.Status));
    }

    [Fact]
    public async Task Deactivating_leaves_closed_cases_and_other_workers_cases_as_they_were()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var colleague = await s.AddWorkerAsync("Cole League");
        var closed = await s.CaseOfAsync(leaving);
        await s.CloseAsync(closed.Id);
        var theirs = await s.CaseOfAsync(colleague);
        var timeline = (await s.Database.TimelineAsync(closed.Id)).Count;

        await DeactivateAsync(s, leaving);

        Assert.Equal(leaving.Id, await s.Database.PrimaryWorkerAsync(closed.Id));
        Assert.Equal(timeline, (await s.Database.TimelineAsync(closed.Id)).Count);
        Assert.Equal(colleague.Id, await s.Database.PrimaryWorkerAsync(theirs.Id));
    }

    [Fact]
    public async Task Deactivating_twice_or_reactivating_moves_nothing_more()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var held = await s.CaseOfAsync(leaving);
        await DeactivateAsync(s, leaving);
        var entries = (await s.Database.TimelineAsync(held.Id)).Count;

        await DeactivateAsync(s, leaving);
        var reactivated = await s.Administrator.Http.PutAsJsonAsync($"/api/v1/staff/{leaving.Id}/status", new { active = true }, Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        Assert.Equal(entries, (await s.Database.TimelineAsync(held.Id)).Count);
        Assert.Null(await s.Database.PrimaryWorkerAsync(held.Id));
    }
}

public sealed class DeactivatedWorkerTests_on_Sqlite(SqliteApp app) : DeactivatedWorkerTests(app), IClassFixture<SqliteApp>;

public sealed class DeactivatedWorkerTests_on_Postgres(PostgresApp app) : DeactivatedWorkerTests(app), IClassFixture<PostgresApp>;
