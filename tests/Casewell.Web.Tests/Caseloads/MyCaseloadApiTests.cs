using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Caseloads;

public abstract class MyCaseloadApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<JsonElement> CaseloadAsync(StaffMember worker, string query = "")
    {
        var response = await worker.Http.GetAsync($"/api/v1/caseload{query}", Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private static List<JsonElement> Rows(JsonElement page) => [.. page.GetProperty("cases").EnumerateArray()];

    private static List<string> Numbers(JsonElement page) => [.. Rows(page).Select(r => r.GetProperty("caseNumber").GetString()!)];

    [Fact]
    public async Task A_worker_sees_the_cases_they_work_as_primary_or_secondary_and_no_others()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var colleague = await s.AddWorkerAsync("Cole League");
        var mine = await s.CaseOfAsync(worker);
        var helping = await s.CaseOfAsync(colleague);
        await s.AssignAsync(helping.Id, worker.Id, AssignmentRole.Secondary);
        var theirs = await s.CaseOfAsync(colleague);
        var closed = await s.CaseOfAsync(worker);
        await s.CloseAsync(closed.Id);
        var queued = await s.OpenCaseAsync();

        var rows = Rows(await CaseloadAsync(worker));

        Assert.Equal(new[] { helping.Number, mine.Number }.Order(), rows.Select(r => r.GetProperty("caseNumber").GetString()!).Order());
        Assert.True(rows.Single(r => r.GetProperty("caseId").GetGuid() == mine.Id).GetProperty("isPrimary").GetBoolean());
        Assert.False(rows.Single(r => r.GetProperty("caseId").GetGuid() == helping.Id).GetProperty("isPrimary").GetBoolean());
        Assert.DoesNotContain(rows, r => r.GetProperty("caseId").GetGuid() == theirs.Id || r.GetProperty("caseId").GetGuid() == queued.Id);
    }

    [Fact]
    public async Task A_row_shows_days_open_last_contact_the_next_task_and_what_is_overdue()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var opened = await s.CaseOfAsync(worker, CasePriority.High, SeededCaseTypes.ChildProtectiveServices, lastName: "Okafor");
        await s.TransitionAsync(opened.Id, "Open");
        await s.Database.SetDatesAsync(opened.Id, referredDaysAgo: 30, openedDaysAgo: 12, contactDueInDays: -2, lastContactDaysAgo: 33);
        await s.AddTaskDueInAsync(opened.Id, worker, -1);
        await s.AddTaskDueInAsync(opened.Id, worker, 5);
        var referred = await s.CaseOfAsync(worker);
        await s.Database.SetDatesAsync(referred.Id, referredDaysAgo: 9);

        var rows = Rows(await CaseloadAsync(worker));

        var row = rows.Single(r => r.GetProperty("caseId").GetGuid() == opened.Id);
        Assert.Equal("Robin Okafor", row.GetProperty("clientName").GetString());
        Assert.Equal("Child protective services", row.GetProperty("caseTypeName").GetString());
        Assert.Equal("High", row.GetProperty("priority").GetString());
        Assert.Equal("Open", row.GetProperty("status").GetString());
        Assert.Equal(12, row.GetProperty("daysOpen").GetInt32());
        Assert.True(row.TryGetProperty("lastContactAt", out _));
        Assert.Equal(1, row.GetProperty("overdueTasks").GetInt32());
        Assert.True(row.GetProperty("contactOverdue").GetBoolean());
        Assert.True(row.GetProperty("isOverdue").GetBoolean());
        var nextTask = DateOnly.Parse(row.GetProperty("nextTaskDue").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var nextContact = DateOnly.Parse(row.GetProperty("nextContactDue").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(nextContact.AddDays(1), nextTask);

        // While a case is still a referral, it counts its days from the referral.
        var waiting = rows.Single(r => r.GetProperty("caseId").GetGuid() == referred.Id);
        Assert.Equal(9, waiting.GetProperty("daysOpen").GetInt32());
        Assert.Equal(0, waiting.GetProperty("overdueTasks").GetInt32());
        Assert.False(waiting.GetProperty("contactOverdue").GetBoolean());
        Assert.False(waiting.TryGetProperty("lastContactAt", out _));
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_status_type_priority_and_overdue()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var urgent = await s.CaseOfAsync(worker, CasePriority.Urgent, SeededCaseTypes.AdultProtectiveServices);
        var overdue = await s.CaseOfAsync(worker, CasePriority.Low);
        await s.AddTaskDueInAsync(overdue.Id, worker, -3);
        var open = await s.CaseOfAsync(worker, CasePriority.Low);
        await s.TransitionAsync(open.Id, "Open");

        Assert.Equal([urgent.Number], Numbers(await CaseloadAsync(worker, "?priority=Urgent")));
        Assert.Equal([urgent.Number], Numbers(await CaseloadAsync(worker, $"?caseTypeId={SeededCaseTypes.AdultProtectiveServices}")));
        Assert.Equal([overdue.Number], Numbers(await CaseloadAsync(worker, "?overdueOnly=true")));
        Assert.Equal([open.Number], Numbers(await CaseloadAsync(worker, "?status=Open")));
        Assert.Equal([overdue.Number], Numbers(await CaseloadAsync(worker, "?status=Referred&priority=Low")));
    }

    [Fact]
    public async Task Each_order_puts_what_needs_attention_first_and_descending_turns_it_round()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var low = await s.CaseOfAsync(worker, CasePriority.Low, lastName: "Abbott");
        var urgent = await s.CaseOfAsync(worker, CasePriority.Urgent, lastName: "Young");
        var high = await s.CaseOfAsync(worker, CasePriority.High, lastName: "Mendez");
        await s.Database.SetDatesAsync(low.Id, referredDaysAgo: 40, lastContactDaysAgo: 3, contactDueInDays: 20);
        await s.Database.SetDatesAsync(urgent.Id, referredDaysAgo: 2, contactDueInDays: 10);
        await s.Database.SetDatesAsync(high.Id, referredDaysAgo: 20, lastContactDaysAgo: 15, contactDueInDays: 30);
        await s.AddTaskDueInAsync(high.Id, worker, 1);

        Assert.Equal([urgent.Number, high.Number, low.Number], Numbers(await CaseloadAsync(worker, "?sort=Priority")));
        Assert.Equal([low.Number, high.Number, urgent.Number], Numbers(await CaseloadAsync(worker, "?sort=Priority&descending=true")));
        Assert.Equal([low.Number, high.Number, urgent.Number], Numbers(await CaseloadAsync(worker, "?sort=Client")));
        Assert.Equal([low.Number, high.Number, urgent.Number], Numbers(await CaseloadAsync(worker, "?sort=DaysOpen")));
        // Never contacted comes first, then the longest ago.
        Assert.Equal([urgent.Number, high.Number, low.Number], Numbers(await CaseloadAsync(worker, "?sort=LastContact")));
        // The next thing due, task or contact, whichever is sooner: high's task tomorrow, urgent's contact in 10 days, low's in 20.
        Assert.Equal([high.Number, urgent.Number, low.Number], Numbers(await CaseloadAsync(worker, "?sort=NextDue")));
        Assert.Equal([high.Number, urgent.Number, low.Number], Numbers(await CaseloadAsync(worker)));
    }

    [Fact]
    public async Task The_list_comes_in_pages()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        for (var i = 0; i < 3; i++) await s.CaseOfAsync(worker);

        var first = await CaseloadAsync(worker, "?pageSize=2&sort=Client");
        var second = await CaseloadAsync(worker, "?pageSize=2&page=2&sort=Client");

        Assert.Equal(2, Rows(first).Count);
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Single(Rows(second));
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Empty(Numbers(first).Intersect(Numbers(second)));
    }

    [Theory]
    [InlineData("?pageSize=101", "PageSize")]
    [InlineData("?pageSize=0", "PageSize")]
    [InlineData("?page=0", "Page")]
    [InlineData("?status=Closed", "Status")]
    [InlineData("?priority=7", "Priority")]
    public async Task Bad_choices_are_validation_problems_naming_the_field(string query, string field)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();

        var response = await worker.Http.GetAsync($"/api/v1/caseload{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("?status=Bogus")]
    [InlineData("?page=first")]
    [InlineData("?caseTypeId=not-a-guid")]
    [InlineData("?overdueOnly=maybe")]
    public async Task Unreadable_query_values_are_400_problems_never_500(string query)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();

        var response = await worker.Http.GetAsync($"/api/v1/caseload{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(StaffRole.IntakeWorker)]
    [InlineData(StaffRole.ProgramManager)]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.Partner)]
    public async Task Roles_that_carry_no_caseload_are_refused(StaffRole role)
    {
        using var client = await App.SignedInAsync(role);

        var response = await client.GetAsync("/api/v1/caseload", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_signing_in_the_caseload_is_401()
    {
        using var anonymous = App.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/api/v1/caseload", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_supervisor_sees_a_workers_caseload_in_the_teams_they_lead_only()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var mine = await s.CaseOfAsync(worker);
        var otherTeam = await s.AddTeamAsync("Other");
        var otherSupervisor = await s.AddStaffAsync(StaffRole.Supervisor, "Otto Supervisor", otherTeam, supervises: true);
        await s.AddToTeamAsync(worker.Id, otherTeam);
        var elsewhere = await s.OpenCaseAsync(teamId: otherTeam);
        await s.AssignAsync(elsewhere.Id, worker.Id, by: otherSupervisor);

        var seen = await s.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/staff/{worker.Id}/caseload", Cancellation);
        var seenByOther = await otherSupervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/staff/{worker.Id}/caseload", Cancellation);

        Assert.Equal(worker.Name, seen.GetProperty("workerName").GetString());
        Assert.Equal([mine.Number], Numbers(seen.GetProperty("cases")));
        Assert.Equal([elsewhere.Number], Numbers(seenByOther.GetProperty("cases")));
    }

    [Fact]
    public async Task Only_supervisors_look_at_another_workers_caseload()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var colleague = await s.AddWorkerAsync("Cole League");

        var byColleague = await colleague.Http.GetAsync($"/api/v1/staff/{worker.Id}/caseload", Cancellation);
        var unknown = await s.Supervisor.Http.GetAsync($"/api/v1/staff/{Guid.CreateVersion7()}/caseload", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class MyCaseloadApiTests_on_Sqlite(SqliteApp app) : MyCaseloadApiTests(app), IClassFixture<SqliteApp>;

public sealed class MyCaseloadApiTests_on_Postgres(PostgresApp app) : MyCaseloadApiTests(app), IClassFixture<PostgresApp>;
