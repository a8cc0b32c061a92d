using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Caseloads;

public abstract class TeamCaseloadsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static JsonElement Worker(JsonElement team, StaffMember worker) =>
        team.GetProperty("workers").EnumerateArray().Single(w => w.GetProperty("workerId").GetGuid() == worker.Id);

    private static async Task<JsonElement> TeamAsync(StaffMember viewer, Guid teamId)
    {
        var response = await viewer.Http.GetAsync($"/api/v1/teams/{teamId}/caseload", Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    [Fact]
    public async Task Each_worker_shows_cases_weighted_load_and_what_is_overdue()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var idle = await s.AddWorkerAsync("Ida Idle");
        // Child protective services weighs 1.5 and high priority 1.5: 2.25; a general case of low priority 1.0 × 0.75.
        var heavy = await s.CaseOfAsync(worker, CasePriority.High, SeededCaseTypes.ChildProtectiveServices);
        var light = await s.CaseOfAsync(worker, CasePriority.Low);
        var helping = await s.CaseOfAsync(idle);
        await s.AssignAsync(helping.Id, worker.Id, AssignmentRole.Secondary);
        await s.AddTaskDueInAsync(heavy.Id, worker, -2);
        await s.AddTaskDueInAsync(light.Id, worker, 3);
        await s.Database.SetDatesAsync(light.Id, contactDueInDays: -1);
        var closed = await s.CaseOfAsync(worker, CasePriority.Urgent);
        await s.CloseAsync(closed.Id);
        await s.OpenCaseAsync();
        await s.OpenCaseAsync();

        var team = await TeamAsync(s.Supervisor, s.TeamId);

        var row = Worker(team, worker);
        Assert.Equal(worker.Name, row.GetProperty("name").GetString());
        Assert.Equal(2, row.GetProperty("primaryCases").GetInt32());
        Assert.Equal(1, row.GetProperty("secondaryCases").GetInt32());
        Assert.Equal(3.0, row.GetProperty("weightedLoad").GetDouble(), 3);
        Assert.Equal(1, row.GetProperty("overdueTasks").GetInt32());
        Assert.Equal(1, row.GetProperty("overdueContacts").GetInt32());
        Assert.Equal(1.0, Worker(team, idle).GetProperty("weightedLoad").GetDouble(), 3);
        Assert.Equal(2, team.GetProperty("unassignedCases").GetInt32());
        Assert.True(team.GetProperty("maySupervise").GetBoolean());
        Assert.True(Worker(team, s.Supervisor).GetProperty("isSupervisor").GetBoolean());
    }

    [Fact]
    public async Task A_supervisor_sees_every_team_they_lead_and_no_other()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var second = await s.AddTeamAsync("Second");
        await s.AddToTeamAsync(s.Supervisor.Id, second, supervises: true);
        using var other = await CaseWorld.CreateAsync(App);

        var teams = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>("/api/v1/team-caseloads", Cancellation);
        var notMine = await s.Supervisor.Http.GetAsync($"/api/v1/teams/{other.TeamId}/caseload", Cancellation);

        Assert.Equal(new[] { s.TeamId, second }.Order(), teams.EnumerateArray().Select(t => t.GetProperty("teamId").GetGuid()).Order());
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal("application/problem+json", notMine.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_program_manager_sees_their_programs_teams_read_only()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        await s.CaseOfAsync(worker, CasePriority.Urgent);
        await s.OpenCaseAsync();
        var manager = await s.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", Guid.Empty);
        await s.ManageProgramAsync(manager);
        using var other = await CaseWorld.CreateAsync(App);

        var teams = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/team-caseloads", Cancellation);
        var otherTeam = await manager.Http.GetAsync($"/api/v1/teams/{other.TeamId}/caseload", Cancellation);
        var queue = await manager.Http.GetAsync($"/api/v1/teams/{s.TeamId}/queue", Cancellation);

        var team = Assert.Single(teams.EnumerateArray());
        Assert.False(team.GetProperty("maySupervise").GetBoolean());
        Assert.Equal(1, team.GetProperty("unassignedCases").GetInt32());
        Assert.Equal(2.0, Worker(team, worker).GetProperty("weightedLoad").GetDouble(), 3);
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
    }

    [Fact]
    public async Task A_program_manager_of_no_program_sees_no_teams()
    {
        var manager = await StaffMember.SignInAsync(App, StaffRole.ProgramManager, "Nora Noprogram");

        var teams = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/team-caseloads", Cancellation);

        Assert.Equal(0, teams.GetArrayLength());
    }

    [Theory]
    [InlineData(StaffRole.CaseWorker)]
    [InlineData(StaffRole.IntakeWorker)]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.Partner)]
    public async Task Other_roles_may_not_look_over_team_caseloads(StaffRole role)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var viewer = await s.AddStaffAsync(role, "Vic Viewer", Guid.Empty);

        var all = await viewer.Http.GetAsync("/api/v1/team-caseloads", Cancellation);
        var one = await viewer.Http.GetAsync($"/api/v1/teams/{s.TeamId}/caseload", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
    }

    [Fact]
    public async Task A_case_worker_on_the_team_may_not_look_over_it_either()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();

        var response = await worker.Http.GetAsync($"/api/v1/teams/{s.TeamId}/caseload", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Priority_weights_come_from_configuration()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        await s.CaseOfAsync(worker, CasePriority.Urgent);
        await s.CaseOfAsync(worker, CasePriority.Low);
        using var configured = App.WithWebHostBuilder(b => b
            .UseSetting("Caseload:PriorityWeights:Urgent", "3")
            .UseSetting("Caseload:PriorityWeights:Low", "0.5"));
        using var supervisor = configured.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var signIn = await supervisor.PostAsJsonAsync("/api/v1/session", new { email = s.Supervisor.Email, password = CasewellApp.Password }, Cancellation);
        Assert.True(signIn.IsSuccessStatusCode);

        var team = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{s.TeamId}/caseload", Cancellation);
        var usual = await TeamAsync(s.Supervisor, s.TeamId);

        Assert.Equal(3.5, Worker(team, worker).GetProperty("weightedLoad").GetDouble(), 3);
        Assert.Equal(2.75, Worker(usual, worker).GetProperty("weightedLoad").GetDouble(), 3);
    }
}

public sealed class TeamCaseloadsApiTests_on_Sqlite(SqliteApp app) : TeamCaseloadsApiTests(app), IClassFixture<SqliteApp>;

public sealed class TeamCaseloadsApiTests_on_Postgres(PostgresApp app) : TeamCaseloadsApiTests(app), IClassFixture<PostgresApp>;
