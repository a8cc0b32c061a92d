using Casewell.BrowserTests.Pages;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>A worker's day with a case: My work, adding and completing a task, recording a contact, reading the timeline.</summary>
public sealed class CaseWorkTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    private async Task<(IPage Page, SeededCase Case)> WorkerWithCaseAsync(int width = 1280, int height = 900)
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Wanda Worker");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.HospitalDischarge);
        var page = await App.NewPageAsync(width, height);
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);
        return (page, seeded);
    }

    private DateOnly Today() => App.Services.GetRequiredService<AgencyCalendar>().Today();

    private DateTime AgencyNow() => App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;

    [Fact]
    public async Task A_worker_adds_and_completes_a_task_records_a_contact_and_reads_it_all_on_the_timeline()
    {
        var (page, seeded) = await WorkerWithCaseAsync();
        var home = await MyWorkPage.OpenAsync(page);
        await Assertions.Expect(home.ContactsDue).ToContainTextAsync(seeded.CaseNumber);

        var tasks = await CaseTasksPage.OpenAsync(page, seeded.CaseId);
        await tasks.AddTaskAsync("Check the medication list", Today());
        tasks = await CaseTasksPage.ArriveAsync(page);
        await Assertions.Expect(tasks.Message).ToHaveTextAsync("The task is added.");
        await Assertions.Expect(tasks.Tasks).ToContainTextAsync("Check the medication list");

        home = await MyWorkPage.OpenAsync(page);
        await Assertions.Expect(home.TodayTasks).ToContainTextAsync("Check the medication list");
        tasks = await CaseTasksPage.OpenAsync(page, seeded.CaseId);
        var task = await tasks.OpenTaskAsync("Check the medication list");
        tasks = await task.CompleteAsync("Reviewed with the pharmacist");
        await Assertions.Expect(tasks.Message).ToHaveTextAsync("The task is marked complete.");

        await tasks.RecordContactAsync(AgencyNow(), "Home visit", "Visited at home; walking with a frame.");
        tasks = await CaseTasksPage.ArriveAsync(page);
        await Assertions.Expect(tasks.Message).ToHaveTextAsync("The contact is recorded.");
        await Assertions.Expect(tasks.Contacts).ToContainTextAsync("walking with a frame");

        var timeline = await tasks.OpenTimelineAsync();
        await Assertions.Expect(timeline.Entries.First).ToContainTextAsync("Wanda Worker recorded a contact: home visit");
        await Assertions.Expect(timeline.Entries).ToHaveCountAsync(6);
        timeline = await timeline.ShowOnlyAsync("Tasks added", "Tasks completed");
        await Assertions.Expect(timeline.Entries).ToHaveCountAsync(2);
        await Assertions.Expect(timeline.Entries.First).ToContainTextAsync("Wanda Worker completed the task “Check the medication list”.");
        await Assertions.Expect(timeline.Entries.First).ToContainTextAsync("Note: Reviewed with the pharmacist");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_task_without_a_title_is_sent_back_with_the_error_summary_in_focus()
    {
        var (page, seeded) = await WorkerWithCaseAsync();
        var tasks = await CaseTasksPage.OpenAsync(page, seeded.CaseId);

        await tasks.AddTaskAsync("", Today());

        tasks = await CaseTasksPage.ArriveAsync(page);
        await Assertions.Expect(tasks.ErrorSummary).ToBeFocusedAsync();
        await Assertions.Expect(tasks.ErrorSummary).ToContainTextAsync("Enter a title.");
        await Assertions.Expect(tasks.FieldError("field-task-title")).ToHaveTextAsync("Enter a title.");
        await Assertions.Expect(tasks.TaskTitle).ToHaveAttributeAsync("aria-describedby", "field-task-title-error");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task My_work_the_task_lists_a_task_and_the_timeline_fit_a_tablet_without_sideways_scrolling()
    {
        var (page, seeded) = await WorkerWithCaseAsync(768, 1024);
        var tasks = await CaseTasksPage.OpenAsync(page, seeded.CaseId);
        await tasks.AddTaskAsync("Arrange a ride to the follow-up appointment at the orthopedic clinic", Today());
        tasks = await CaseTasksPage.ArriveAsync(page);
        Assert.False(await tasks.ScrollsHorizontallyAsync(), "The tasks page scrolls sideways at 768×1024.");

        await tasks.OpenTaskAsync("Arrange a ride to the follow-up appointment at the orthopedic clinic");
        Assert.False(await SidewaysScrolling.IsNeededAsync(page), "The task page scrolls sideways at 768×1024.");

        var home = await MyWorkPage.OpenAsync(page);
        Assert.False(await home.ScrollsHorizontallyAsync(), "My work scrolls sideways at 768×1024.");
        foreach (var list in new[] { "/tasks/mine?due=today", "/my-work/contacts-due" })
        {
            await page.GotoAsync(list);
            await Assertions.Expect(page.GetByText(seeded.CaseNumber).First).ToBeVisibleAsync();
            await AxeCheck.AssertAccessibleAsync(page);
            Assert.False(await SidewaysScrolling.IsNeededAsync(page), $"{list} scrolls sideways at 768×1024.");
        }
        tasks = await CaseTasksPage.OpenAsync(page, seeded.CaseId);
        var timeline = await tasks.OpenTimelineAsync();
        Assert.False(await timeline.ScrollsHorizontallyAsync(), "The timeline scrolls sideways at 768×1024.");
        await page.Context.CloseAsync();
    }
}
