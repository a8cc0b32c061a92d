using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Tasks;

public abstract class MyWorkApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static List<Guid> Ids(JsonElement work, string list, string id = "id") =>
        [.. work.GetProperty(list).GetProperty("items").EnumerateArray().Select(t => t.GetProperty(id).GetGuid())];

    [Fact]
    public async Task My_work_lists_overdue_and_todays_tasks_and_the_cases_needing_contact_soon()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, discharge) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.HospitalDischarge);
        var today = await world.Database.TodayAsync();
        var late = await CaseHttp.AddTaskAsync(worker.Http, discharge.Id, "Late", today);
        await world.Database.SetTaskDueOnAsync(late, today.AddDays(-3));
        var now = await CaseHttp.AddTaskAsync(worker.Http, discharge.Id, "Now", today);
        await CaseHttp.AddTaskAsync(worker.Http, discharge.Id, "Later", today.AddDays(2));

        var work = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);

        Assert.Equal([late], Ids(work, "overdue"));
        Assert.Equal([now], Ids(work, "today"));
        var due = Assert.Single(work.GetProperty("contactsDue").GetProperty("items").EnumerateArray());
        Assert.Equal(discharge.Id, due.GetProperty("caseId").GetGuid());
        Assert.Equal(discharge.Number, due.GetProperty("caseNumber").GetString());
        Assert.Equal("Follow-up after discharge", due.GetProperty("requiredContact").GetString());
        Assert.False(due.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task A_case_whose_contact_is_weeks_away_or_not_required_does_not_need_contact_yet()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var monthly = await world.AddWorkerAsync("Monty Monthly");
        var general = await world.AddWorkerAsync("Gene General");
        await world.CaseOfAsync(monthly, caseTypeId: SeededCaseTypes.ChildProtectiveServices, opened: true);
        await world.CaseOfAsync(general, caseTypeId: SeededCaseTypes.General, opened: true);

        var first = await monthly.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);
        var second = await general.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);

        Assert.Empty(Ids(first, "contactsDue", "caseId"));
        Assert.Empty(Ids(second, "contactsDue", "caseId"));
    }

    [Fact]
    public async Task Cases_needing_contact_page_most_urgent_first()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.HospitalDischarge);

        var page = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work/contacts-due?pageSize=1", Cancellation);

        Assert.Equal([@case.Id], page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task My_work_belongs_to_those_who_work_cases()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        using var manager = await App.SignedInAsync(StaffRole.ProgramManager);
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        using var anonymous = App.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/v1/my-work", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/my-work", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await intake.GetAsync("/api/v1/my-work/contacts-due", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/my-work", Cancellation)).StatusCode);
    }
}

public sealed class MyWorkApiTests_on_Sqlite(SqliteApp app) : MyWorkApiTests(app), IClassFixture<SqliteApp>;

public sealed class MyWorkApiTests_on_Postgres(PostgresApp app) : MyWorkApiTests(app), IClassFixture<PostgresApp>;
