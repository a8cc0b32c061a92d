using System.Net;
using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Cases;

public abstract class CaseTimelinePageTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_timeline_page_tells_each_entry_in_words_newest_first()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var due = (await world.Database.TodayAsync()).AddDays(2);
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Enroll in the food program", due);
        var dueText = App.Services.GetRequiredService<AgencyTime>().Date(due);

        var response = await worker.Http.GetAsync($"/cases/{@case.Id}/timeline", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));
        var task = html.IndexOf($"{worker.Name} added the task “Enroll in the food program”, due {dueText}.", StringComparison.Ordinal);
        var opened = html.IndexOf($"{worker.Name} changed the status from referred to open.", StringComparison.Ordinal);
        var assigned = html.IndexOf($"{world.Supervisor.Name} assigned {worker.Name} as primary worker.", StringComparison.Ordinal);
        var referred = html.IndexOf($"{world.Supervisor.Name} opened the case as a referral.", StringComparison.Ordinal);
        Assert.True(task > 0 && task < opened && opened < assigned && assigned < referred, "The entries are missing or out of order.");
        Assert.Contains("Referral reason:</span> Needs help with housing", html, StringComparison.Ordinal);
        Assert.Contains(@case.Number, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_form_keeps_only_the_ticked_kinds_and_remembers_them()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Only this", await world.Database.TodayAsync());

        var response = await worker.Http.GetAsync($"/cases/{@case.Id}/timeline?kind=TaskCreated&kind=NoSuchKind", Cancellation);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("added the task “Only this”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("opened the case as a referral", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"kind-TaskCreated\"[^>]*checked", html);
        Assert.DoesNotMatch("<input[^>]*id=\"kind-Opened\"[^>]*checked", html);
        Assert.Contains("Show everything", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_may_not_read_the_case_gets_not_found_and_no_entry()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var stranger = await App.SignedInAsync(StaffRole.Supervisor);

        var response = await stranger.GetAsync($"/cases/{@case.Id}/timeline", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.DoesNotContain(@case.Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"timeline\"", html, StringComparison.Ordinal);
    }
}

public sealed class CaseTimelinePageTests_on_Sqlite(SqliteApp app) : CaseTimelinePageTests(app), IClassFixture<SqliteApp>;

public sealed class CaseTimelinePageTests_on_Postgres(PostgresApp app) : CaseTimelinePageTests(app), IClassFixture<PostgresApp>;
