using Casewell.BrowserTests.Pages;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>
/// A case from the queue to its approved closure, as the supervisor and the worker live it, page by page: the
/// story that says cases and caseloads are done.
/// </summary>
public sealed class CaseStoryTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task From_the_queue_to_an_approved_closure_with_a_task_and_an_overdue_contact_all_on_the_timeline()
    {
        using var setup = await CaseloadSetup.CreateAsync(App);
        var worker = await setup.WorkerAsync("Rowan Reyes");
        var referral = await setup.OpenCaseAsync("Okonkwo", CasePriority.High, SeededCaseTypes.ChildProtectiveServices);

        // The supervisor assigns the new case from the team's queue.
        var supervisorPage = await SignInAsync(setup.Supervisor);
        var queue = await (await TeamCaseloadsPage.OpenFromNavAsync(supervisorPage)).OpenQueueAsync(setup.TeamName);
        queue = await queue.AssignAsync(referral.Number, $"{worker.Name} (load 0, cases 0)");
        await Assertions.Expect(queue.Empty).ToBeVisibleAsync();

        // The worker finds it in My caseload, opens it and adds a task.
        var workerPage = await SignInAsync(worker);
        var caseload = await MyCaseloadPage.OpenFromNavAsync(workerPage);
        await caseload.Row(referral.Number).GetByRole(AriaRole.Link, new() { Name = "Jordan Okonkwo" }).ClickAsync();
        var casePage = await (await CasePage.ArriveAsync(workerPage)).DoAsync("Open the case");
        await Assertions.Expect(casePage.Status).ToHaveTextAsync("Open");
        var tasks = await CaseTasksPage.OpenAsync(workerPage, referral.Id);
        await tasks.AddTaskAsync("Visit the school", Today().AddDays(7));
        tasks = await CaseTasksPage.ArriveAsync(workerPage);
        await Assertions.Expect(tasks.Tasks).ToContainTextAsync("Visit the school");

        // A month passes without a visit: the sweep notes the overdue contact and My caseload shows it.
        await setup.MakeContactOverdueAsync(referral.Id, daysAgo: 2);
        await SweepAsync();
        caseload = await MyCaseloadPage.OpenFromNavAsync(workerPage);
        await Assertions.Expect(caseload.Row(referral.Number).GetByText("Contact overdue")).ToBeVisibleAsync();

        // The worker visits, completes the task and asks to close; the supervisor approves.
        tasks = await CaseTasksPage.OpenAsync(workerPage, referral.Id);
        await tasks.RecordContactAsync(AgencyNow(), "Home visit", "Children at school; safety plan holding.");
        tasks = await CaseTasksPage.ArriveAsync(workerPage);
        tasks = await (await tasks.OpenTaskAsync("Visit the school")).CompleteAsync("Attendance back to normal");
        casePage = await CasePage.OpenAsync(workerPage, referral.Id.ToString());
        casePage = await casePage.CloseAsync("Goals met", "Safety plan completed", "Ask to close the case");
        await Assertions.Expect(casePage.PendingClosure).ToContainTextAsync("Goals met");
        var approved = await (await CasePage.OpenAsync(supervisorPage, referral.Id.ToString())).DoAsync("Approve the closure");
        await Assertions.Expect(approved.Status).ToHaveTextAsync("Closed");

        // The timeline tells all of it, newest first.
        await workerPage.GotoAsync($"cases/{referral.Id}/timeline");
        var timeline = await CaseTimelinePage.ArriveAsync(workerPage);
        string[] story =
        [
            "Sam Super approved the closure",
            "Rowan Reyes asked to close the case",
            "Rowan Reyes completed the task “Visit the school”.",
            "Rowan Reyes recorded a contact: home visit",
            "The required contact is overdue",
            "Rowan Reyes added the task “Visit the school”",
            "Rowan Reyes changed the status from referred to open.",
            "Sam Super assigned Rowan Reyes as primary worker.",
            "opened the case as a referral.",
        ];
        var entries = await timeline.Entries.AllInnerTextsAsync();
        var positions = story.Select(line => entries.ToList().FindIndex(e => e.Contains(line, StringComparison.Ordinal))).ToList();
        Assert.All(positions.Zip(story), p => Assert.True(p.First >= 0, $"The timeline lacks “{p.Second}”:\n{string.Join('\n', entries)}"));
        Assert.Equal(positions.Order(), positions);
        await workerPage.Context.CloseAsync();
        await supervisorPage.Context.CloseAsync();
    }

    private DateOnly Today() => App.Services.GetRequiredService<AgencyCalendar>().Today();

    private DateTime AgencyNow() => App.Services.GetRequiredService<Casewell.Web.Hosting.AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;

    private async Task SweepAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SweepOverdueHandler>().Handle(new SweepOverdue(), CancellationToken.None);
        Assert.True(report.CasesMarked >= 1, "The sweep marked no overdue contact.");
    }
}
