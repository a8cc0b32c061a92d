using System.Net;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Tasks;

/// <summary>The home page: My work for those who work cases, the search and introduction as before for everyone else.</summary>
public abstract class MyWorkPageTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_workers_home_lists_their_overdue_and_todays_tasks_and_cases_needing_contact_linked_to_the_case()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.HospitalDischarge);
        var today = await world.Database.TodayAsync();
        var late = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Overdue discharge call", today);
        await world.Database.SetTaskDueOnAsync(late, today.AddDays(-1));
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Pharmacy pickup", today);

        var html = await worker.Http.GetStringAsync("/", Cancellation);

        Assert.Contains("<h1>My work</h1>", html, StringComparison.Ordinal);
        var overdue = Section(html, "overdue-tasks");
        Assert.Contains("Overdue discharge call", overdue, StringComparison.Ordinal);
        Assert.Contains($"href=\"cases/{@case.Id}\"", overdue, StringComparison.Ordinal);
        Assert.Contains(@case.ClientName, overdue, StringComparison.Ordinal);
        Assert.Contains("Pharmacy pickup", Section(html, "today-tasks"), StringComparison.Ordinal);
        Assert.Contains(@case.Number, Section(html, "contacts-due"), StringComparison.Ordinal);
        Assert.Contains("id=\"home-search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_with_nothing_due_is_told_so()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);

        var html = await worker.GetStringAsync("/", Cancellation);

        Assert.Contains("data-testid=\"no-overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-today\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-contacts-due\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.IntakeWorker)]
    [InlineData(StaffRole.ProgramManager)]
    public async Task Other_roles_keep_the_home_page_they_had(StaffRole role)
    {
        using var client = await App.SignedInAsync(role);

        var html = await client.GetStringAsync("/", Cancellation);

        Assert.DoesNotContain("My work", html, StringComparison.Ordinal);
        Assert.Contains("Find a client by name", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_lists_page_through_my_tasks_and_my_cases_needing_contact()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.HospitalDischarge);
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Next month's review", (await world.Database.TodayAsync()).AddDays(30), "PlanReview");

        var upcoming = await worker.Http.GetStringAsync("/tasks/mine?due=upcoming", Cancellation);
        var contacts = await worker.Http.GetStringAsync("/my-work/contacts-due", Cancellation);

        Assert.Contains("Next month's review", WebUtility.HtmlDecode(upcoming), StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", upcoming, StringComparison.Ordinal);
        Assert.Contains(@case.Number, contacts, StringComparison.Ordinal);
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var refused = await administrator.GetAsync("/tasks/mine", Cancellation);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    /// <summary>The table with this test id, up to its end.</summary>
    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {testId} on the page.");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}

public sealed class MyWorkPageTests_on_Sqlite(SqliteApp app) : MyWorkPageTests(app), IClassFixture<SqliteApp>;

public sealed class MyWorkPageTests_on_Postgres(PostgresApp app) : MyWorkPageTests(app), IClassFixture<PostgresApp>;
