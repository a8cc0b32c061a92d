using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Restrictions;

/// <summary>
/// A supervisor may look at a worker's caseload when the worker is on a team they lead or still holds a case of one
/// (a worker who has left the team). A case restricted from the supervisor must not be that reason: otherwise the
/// answer (200 against 404) would tell them that such a case exists.
/// </summary>
public abstract class DepartedWorkerRestrictedCaseTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_departed_worker_whose_only_case_of_the_team_is_restricted_is_unknown_to_a_supervisor_not_on_its_list()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var otherSupervisor = await world.AddStaffAsync(StaffRole.Supervisor, "Sol Second", supervises: true);
        var worker = await world.AddWorkerAsync("Dee Parted");
        var @case = await world.CaseOfAsync(worker);
        var removed = await world.Administrator.Http.DeleteAsync($"/api/v1/teams/{world.TeamId}/members/{worker.Id}", Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var caseload = $"/api/v1/staff/{worker.Id}/caseload";
        var nobody = Guid.CreateVersion7();
        // Off the team, the worker still holds one of its cases: theirs to look at.
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(otherSupervisor.Http, caseload)).Status);

        // The supervisor who restricts the case is on its list; the other supervisor is not.
        var restricted = await world.Supervisor.Http.PutAsJsonAsync($"/api/v1/cases/{@case.Id}/restriction",
            new { reason = "DomesticViolence", accessList = new[] { worker.Id } }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);

        var (status, body) = await AnswerAsync(otherSupervisor.Http, caseload);
        var unknown = await AnswerAsync(otherSupervisor.Http, $"/api/v1/staff/{nobody}/caseload");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(unknown.Status, status);
        Assert.Equal(unknown.Body.Replace(nobody.ToString(), "", StringComparison.Ordinal), body.Replace(worker.Id.ToString(), "", StringComparison.Ordinal));
        // The supervisor on the list still reaches the worker through the case.
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(world.Supervisor.Http, caseload)).Status);
    }

    /// <summary>Status and body, with the request's own trace id taken out.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> AnswerAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        if (text.StartsWith('{') && JsonNode.Parse(text) is JsonObject problem) { problem.Remove("traceId"); text = problem.ToJsonString(); }
        return (response.StatusCode, text);
    }
}

public sealed class DepartedWorkerRestrictedCaseTests_on_Sqlite(SqliteApp app) : DepartedWorkerRestrictedCaseTests(app), IClassFixture<SqliteApp>;

public sealed class DepartedWorkerRestrictedCaseTests_on_Postgres(PostgresApp app) : DepartedWorkerRestrictedCaseTests(app), IClassFixture<PostgresApp>;
