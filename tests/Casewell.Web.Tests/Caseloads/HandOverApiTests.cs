using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Tasks;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Caseloads;

public abstract class HandOverApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static Task<HttpResponseMessage> HandOverAsync(StaffMember supervisor, StaffMember leaving, object body) =>
        supervisor.Http.PostAsJsonAsync($"/api/v1/staff/{leaving.Id}/handover", body, Cancellation);

    private static async Task<JsonElement> HandedOverAsync(StaffMember supervisor, StaffMember leaving, params StaffMember[] to)
    {
        var response = await HandOverAsync(supervisor, leaving, new { toWorkerIds = to.Select(w => w.Id), reason = "On leave until March" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private static int CasesFor(JsonElement answer, StaffMember worker) =>
        answer.GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("workerId").GetGuid() == worker.Id).GetProperty("cases").GetInt32();

    [Fact]
    public async Task A_whole_caseload_goes_to_one_worker_with_a_transfer_on_each_timeline()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");
        var colleague = await s.AddWorkerAsync("Cole League");
        var first = await s.CaseOfAsync(leaving);
        var second = await s.CaseOfAsync(leaving, CasePriority.Urgent);
        var helping = await s.CaseOfAsync(colleague);
        await s.AssignAsync(helping.Id, leaving.Id, AssignmentRole.Secondary);
        var task = await s.AddTaskDueInAsync(first.Id, leaving, -1);
        var colleaguesTask = await s.AddTaskDueInAsync(helping.Id, colleague, 2);
        var done = await s.CaseOfAsync(leaving);
        await s.CloseAsync(done.Id);

        var answer = await HandedOverAsync(s.Supervisor, leaving, taking);

        Assert.Equal(2, CasesFor(answer, taking));
        Assert.Equal(taking.Name, answer.GetProperty("recipients")[0].GetProperty("name").GetString());
        Assert.Equal(2, answer.GetProperty("casesMoved").GetInt32());
        Assert.Equal(1, answer.GetProperty("secondaryAssignmentsEnded").GetInt32());
        Assert.Equal(0, answer.GetProperty("casesLeftInOtherTeams").GetInt32());
        Assert.Equal(taking.Id, await s.Database.PrimaryWorkerAsync(first.Id));
        Assert.Equal(taking.Id, await s.Database.PrimaryWorkerAsync(second.Id));
        Assert.Equal(colleague.Id, await s.Database.PrimaryWorkerAsync(helping.Id));
        Assert.False(await s.Database.IsAssignedAsync(helping.Id, leaving.Id));
        Assert.True(await s.Database.IsAssignedAsync(done.Id, leaving.Id), "A closed case keeps its history as it was.");
        var heldTask = await s.Database.TaskAsync(task);
        Assert.Equal((taking.Id, CaseTaskStatus.Open), (heldTask.AssignedToId, heldTask.Status));
        var heldColleaguesTask = await s.Database.TaskAsync(colleaguesTask);
        Assert.Equal((colleague.Id, CaseTaskStatus.Open), (heldColleaguesTask.AssignedToId, heldColleaguesTask.Status));

        var timeline = await s.Database.TimelineAsync(first.Id);
        var transfer = timeline.Single(e => e.Kind == CaseEventKind.Transferred);
        Assert.Equal(leaving.Name, transfer.From);
        Assert.Equal(taking.Name, transfer.Subject);
        Assert.Equal("On leave until March", transfer.Reason);
        Assert.Equal(s.Supervisor.Id, transfer.ActorId);
        var handedTask = timeline.Single(e => e.Kind == CaseEventKind.TaskReassigned);
        Assert.Equal((task, leaving.Name, taking.Name), (handedTask.RelatedId!.Value, handedTask.From, handedTask.To));
        Assert.Equal(transfer.CaseVersion, handedTask.CaseVersion);
        var ended = (await s.Database.TimelineAsync(helping.Id)).Last();
        Assert.Equal(CaseEventKind.Unassigned, ended.Kind);
        Assert.Equal(leaving.Name, ended.Subject);

        var mine = await leaving.Http.GetFromJsonAsync<JsonElement>("/api/v1/caseload", Cancellation);
        Assert.Equal(0, mine.GetProperty("cases").GetArrayLength());
    }

    [Fact]
    public async Task Spread_over_several_workers_each_case_goes_to_whoever_is_least_loaded()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var ana = await s.AddWorkerAsync("Ana Alpha");
        var ben = await s.AddWorkerAsync("Ben Beta");
        await s.CaseOfAsync(ben, CasePriority.Urgent);                  // Ben already carries 2.0.
        var heaviest = await s.CaseOfAsync(leaving, CasePriority.Urgent, SeededCaseTypes.ChildProtectiveServices); // 3.0
        var middle1 = await s.CaseOfAsync(leaving);                     // 1.0
        var middle2 = await s.CaseOfAsync(leaving);                     // 1.0
        var lightest = await s.CaseOfAsync(leaving, CasePriority.Low);  // 0.75

        var answer = await HandedOverAsync(s.Supervisor, leaving, ana, ben);

        // 3.0 → Ana (0 < 2); 1.0 → Ben (2 < 3); 1.0 → Ana (3 = 3, named first); 0.75 → Ben (3 < 4).
        Assert.Equal(2, CasesFor(answer, ana));
        Assert.Equal(2, CasesFor(answer, ben));
        Assert.Equal(ana.Id, await s.Database.PrimaryWorkerAsync(heaviest.Id));
        Assert.Equal(ben.Id, await s.Database.PrimaryWorkerAsync(middle1.Id));
        Assert.Equal(ana.Id, await s.Database.PrimaryWorkerAsync(middle2.Id));
        Assert.Equal(ben.Id, await s.Database.PrimaryWorkerAsync(lightest.Id));
    }

    [Fact]
    public async Task Cases_in_teams_the_supervisor_does_not_lead_stay_and_are_counted()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");
        var otherTeam = await s.AddTeamAsync("Night");
        var otherSupervisor = await s.AddStaffAsync(StaffRole.Supervisor, "Nia Night", otherTeam, supervises: true);
        await s.AddToTeamAsync(leaving.Id, otherTeam);
        var ours = await s.CaseOfAsync(leaving);
        var theirs = await s.OpenCaseAsync(teamId: otherTeam);
        await s.AssignAsync(theirs.Id, leaving.Id, by: otherSupervisor);

        var answer = await HandedOverAsync(s.Supervisor, leaving, taking);

        Assert.Equal(1, CasesFor(answer, taking));
        Assert.Equal(1, answer.GetProperty("casesLeftInOtherTeams").GetInt32());
        Assert.Equal(taking.Id, await s.Database.PrimaryWorkerAsync(ours.Id));
        Assert.Equal(leaving.Id, await s.Database.PrimaryWorkerAsync(theirs.Id));
    }

    [Fact]
    public async Task A_worker_from_another_of_the_supervisors_teams_takes_the_cases_into_their_team()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var secondTeam = await s.AddTeamAsync("Second");
        await s.AddToTeamAsync(s.Supervisor.Id, secondTeam, supervises: true);
        var taking = await s.AddWorkerAsync("Tai Taking", secondTeam);
        var moved = await s.CaseOfAsync(leaving);

        var answer = await HandedOverAsync(s.Supervisor, leaving, taking);

        Assert.Equal(1, CasesFor(answer, taking));
        var team = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{secondTeam}/caseload", Cancellation);
        Assert.Equal(1, team.GetProperty("workers").EnumerateArray().Single(w => w.GetProperty("workerId").GetGuid() == taking.Id).GetProperty("primaryCases").GetInt32());
        var detail = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{moved.Id}", Cancellation);
        Assert.Equal(secondTeam, detail.GetProperty("teamId").GetGuid());
    }

    [Fact]
    public async Task A_worker_with_no_cases_hands_over_nothing()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");

        var answer = await HandedOverAsync(s.Supervisor, leaving, taking);

        Assert.Equal(0, answer.GetProperty("casesMoved").GetInt32());
        Assert.Equal(0, CasesFor(answer, taking));
    }

    [Theory]
    [InlineData("none", "ToWorkerIds")]
    [InlineData("self", "ToWorkerIds")]
    [InlineData("stranger", "ToWorkerIds")]
    [InlineData("noreason", "Reason")]
    [InlineData("longreason", "Reason")]
    public async Task Bad_handovers_are_validation_problems_and_move_nothing(string kind, string field)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");
        using var stranger = await CaseWorld.CreateAsync(App);
        var outsider = await stranger.AddWorkerAsync("Oscar Outsider");
        var held = await s.CaseOfAsync(leaving);
        object body = kind switch
        {
            "none" => new { toWorkerIds = Array.Empty<Guid>(), reason = "Leaving" },
            "self" => new { toWorkerIds = new[] { taking.Id, leaving.Id }, reason = "Leaving" },
            "stranger" => new { toWorkerIds = new[] { outsider.Id }, reason = "Leaving" },
            "noreason" => new { toWorkerIds = new[] { taking.Id }, reason = "  " },
            _ => new { toWorkerIds = new[] { taking.Id }, reason = new string('x', Case.MaxReasonLength + 1) },
        };

        var response = await HandOverAsync(s.Supervisor, leaving, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(leaving.Id, await s.Database.PrimaryWorkerAsync(held.Id));
    }

    [Theory]
    [InlineData("{\"toWorkerIds\": ")]
    [InlineData("{\"toWorkerIds\": \"everyone\", \"reason\": 3}")]
    public async Task Malformed_JSON_is_a_400_problem_never_a_500(string json)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await s.Supervisor.Http.PostAsync($"/api/v1/staff/{leaving.Id}/handover", content, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_worker_is_404()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var taking = await s.AddWorkerAsync("Tai Taking");

        var response = await s.Supervisor.Http.PostAsJsonAsync($"/api/v1/staff/{Guid.CreateVersion7()}/handover",
            new { toWorkerIds = new[] { taking.Id }, reason = "Leaving" }, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.CaseWorker)]
    [InlineData(StaffRole.IntakeWorker)]
    [InlineData(StaffRole.ProgramManager)]
    [InlineData(StaffRole.Administrator)]
    public async Task Only_supervisors_hand_over_caseloads(StaffRole role)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");
        var held = await s.CaseOfAsync(leaving);
        var other = await s.AddStaffAsync(role, "Oli Other");

        var response = await HandOverAsync(other, leaving, new { toWorkerIds = new[] { taking.Id }, reason = "Leaving" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(leaving.Id, await s.Database.PrimaryWorkerAsync(held.Id));
    }

    [Fact]
    public async Task A_supervisor_of_another_team_moves_none_of_this_teams_cases_and_learns_nothing_of_the_worker()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var held = await s.CaseOfAsync(leaving);
        using var other = await CaseWorld.CreateAsync(App);
        var theirWorker = await other.AddWorkerAsync("Tia Theirs");

        var response = await HandOverAsync(other.Supervisor, leaving, new { toWorkerIds = new[] { theirWorker.Id }, reason = "Leaving" });

        var problem = await CaseHttp.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.False(problem.TryGetProperty("casesLeftInOtherTeams", out _));
        Assert.Equal(leaving.Id, await s.Database.PrimaryWorkerAsync(held.Id));
    }
}

public sealed class HandOverApiTests_on_Sqlite(SqliteApp app) : HandOverApiTests(app), IClassFixture<SqliteApp>;

public sealed class HandOverApiTests_on_Postgres(PostgresApp app) : HandOverApiTests(app), IClassFixture<PostgresApp>;
