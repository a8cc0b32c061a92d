using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Identity;

namespace Casewell.Web.Tests.Tasks;

public abstract class MyWorkApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static List<Guid> Ids(JsonElement work, string list, string id = "id") =>
        [.. work.GetProperty(list).GetProperty("items").EnumerateArray().Select(t => t.GetProperty(id).GetGuid())];

    [Fact]
    public async Task My_work_lists_overdue_and_todays_tasks_and_the_cases_needing_contact_soon()
    {
        using var discharge = await CaseScenario.For(App).OfType(SeededCaseTypes.HospitalDischarge).BuildAsync();
        var today = await discharge.TodayAsync();
        var late = await discharge.AddTaskAsync("Late", today);
        await discharge.SetDueDateAsync(late, today.AddDays(-3));
        var now = await discharge.AddTaskAsync("Now", today);
        await discharge.AddTaskAsync("Later", today.AddDays(2));

        var work = await discharge.Worker.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);

        Assert.Equal([late], Ids(work, "overdue"));
        Assert.Equal([now], Ids(work, "today"));
        var due = Assert.Single(work.GetProperty("contactsDue").GetProperty("items").EnumerateArray());
        Assert.Equal(discharge.CaseId, due.GetProperty("caseId").GetGuid());
        Assert.Equal(discharge.CaseNumber, due.GetProperty("caseNumber").GetString());
        Assert.Equal("Follow-up after discharge", due.GetProperty("requiredContact").GetString());
        Assert.False(due.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task A_case_whose_contact_is_weeks_away_or_not_required_does_not_need_contact_yet()
    {
        using var monthly = await CaseScenario.For(App).OfType(SeededCaseTypes.ChildProtectiveServices).BuildAsync();
        using var general = await CaseScenario.For(App).OfType(SeededCaseTypes.General).BuildAsync();

        var first = await monthly.Worker.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);
        var second = await general.Worker.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);

        Assert.Empty(Ids(first, "contactsDue", "caseId"));
        Assert.Empty(Ids(second, "contactsDue", "caseId"));
    }

    [Fact]
    public async Task Cases_needing_contact_page_most_urgent_first()
    {
        using var scenario = await CaseScenario.For(App).OfType(SeededCaseTypes.HospitalDischarge).BuildAsync();

        var page = await scenario.Worker.GetFromJsonAsync<JsonElement>("/api/v1/my-work/contacts-due?pageSize=1", Cancellation);

        Assert.Equal([scenario.CaseId], page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));
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
