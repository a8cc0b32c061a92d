using Casewell.BrowserTests.Pages;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class CaseLifecycleTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Intake_opens_a_case_the_supervisor_assigns_it_the_worker_opens_it_and_closes_it_with_the_supervisors_approval()
    {
        var team = await CaseTeam.CreateAsync(App);

        var intake = await SignInAsync(team.IntakeEmail);
        await intake.GotoAsync($"clients/{team.ClientId}");
        await intake.GetByRole(AriaRole.Link, new() { Name = "Open a case" }).ClickAsync();
        var opened = await (await OpenCasePage.ArriveAsync(intake)).OpenAsync($"{team.ProgramName}: {team.TeamName}", "Child protective services", "Teacher reports bruises");
        await Assertions.Expect(opened.Status).ToHaveTextAsync("Referred");
        await Assertions.Expect(opened.PrimaryWorker).ToContainTextAsync("Unassigned");
        var caseId = opened.CaseId;
        await intake.Context.CloseAsync();

        var supervisor = await SignInAsync(team.SupervisorEmail);
        await (await CasePage.OpenAsync(supervisor, caseId)).AssignAsync(team.WorkerName);

        var worker = await SignInAsync(team.WorkerEmail);
        var workersCase = await (await CasePage.OpenAsync(worker, caseId)).DoAsync("Open the case");
        await Assertions.Expect(workersCase.Status).ToHaveTextAsync("Open");
        workersCase = await workersCase.CloseAsync("Goals met", "Safety plan completed; family engaged with services", "Ask to close the case");
        await Assertions.Expect(workersCase.PendingClosure).ToContainTextAsync("Goals met");
        await Assertions.Expect(workersCase.Status).ToHaveTextAsync("Open");

        var approved = await (await CasePage.OpenAsync(supervisor, caseId)).DoAsync("Approve the closure");
        await Assertions.Expect(approved.Status).ToHaveTextAsync("Closed");
        await worker.Context.CloseAsync();
        await supervisor.Context.CloseAsync();
    }

    [Fact]
    public async Task A_closure_without_a_reason_is_shown_at_the_field_and_the_case_stays_open_and_the_page_fits_a_tablet()
    {
        var team = await CaseTeam.CreateAsync(App);
        var intake = await SignInAsync(team.IntakeEmail);
        await intake.GotoAsync($"clients/{team.ClientId}/cases/new");
        var caseId = (await (await OpenCasePage.ArriveAsync(intake)).OpenAsync($"{team.ProgramName}: {team.TeamName}", "General human services", "Needs help with rent")).CaseId;
        await intake.Context.CloseAsync();
        var supervisor = await SignInAsync(team.SupervisorEmail, 768, 1024);
        var page = await (await CasePage.OpenAsync(supervisor, caseId)).AssignAsync(team.WorkerName);

        page = await page.CloseAsync("Client declined services", " ", "Close the case");

        await Assertions.Expect(supervisor.Locator("#error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator("#field-close-reason-error")).ToHaveTextAsync("Enter the reason.");
        await Assertions.Expect(page.Status).ToHaveTextAsync("Referred");
        Assert.False(await page.ScrollsHorizontallyAsync(), "The case page scrolls sideways at 768×1024.");
        await supervisor.Context.CloseAsync();
    }

    [Fact]
    public async Task Hold_resume_a_refused_closure_a_closure_kept_open_a_direct_closure_and_a_reopening_each_from_the_case_page()
    {
        using var setup = await CaseloadSetup.CreateAsync(App);
        var worker = await setup.WorkerAsync("Noor Haddad");
        var opened = await setup.OpenCaseAsync("Lindqvist", CasePriority.Medium, SeededCaseTypes.General);
        await setup.AssignAsync(opened.Id, worker);
        var caseId = opened.Id.ToString();

        var workerPage = await SignInAsync(worker.Email);
        var page = await (await CasePage.OpenAsync(workerPage, caseId)).DoAsync("Open the case");
        page = await page.DoWithReasonAsync("Reason to put on hold", "Client in hospital for two weeks", "Put on hold");
        await Assertions.Expect(page.Status).ToHaveTextAsync("On hold");
        page = await page.DoAsync("Resume the case");
        await Assertions.Expect(page.Status).ToHaveTextAsync("Open");

        // An open task stops the closure until the worker chooses to cancel it in the same step.
        var tasks = await CaseTasksPage.OpenAsync(workerPage, opened.Id);
        await tasks.AddTaskAsync("Call the landlord", App.Services.GetRequiredService<AgencyCalendar>().Today().AddDays(3));
        await CaseTasksPage.ArriveAsync(workerPage);
        page = await (await CasePage.OpenAsync(workerPage, caseId)).CloseAsync("Goals met", "Housing found", "Ask to close the case");
        await Assertions.Expect(page.Problem).ToContainTextAsync("open task");
        await Assertions.Expect(page.PendingClosure).ToHaveCountAsync(0);
        page = await page.CloseCancellingTasksAsync("Goals met", "Housing found", "Ask to close the case");
        await Assertions.Expect(page.PendingClosure).ToContainTextAsync("Goals met");

        // The supervisor keeps it open, then later closes it directly, and reopens it when the client returns.
        var supervisorPage = await SignInAsync(setup.Supervisor.Email);
        page = await (await CasePage.OpenAsync(supervisorPage, caseId)).DoWithReasonAsync("Why the case stays open", "Lease not signed yet", "Keep the case open");
        await Assertions.Expect(page.PendingClosure).ToHaveCountAsync(0);
        await Assertions.Expect(page.Status).ToHaveTextAsync("Open");
        page = await page.CloseAsync("Goals met", "Lease signed", "Close the case");
        await Assertions.Expect(page.Status).ToHaveTextAsync("Closed");
        page = await page.DoWithReasonAsync("Reason to reopen", "Evicted again; new referral", "Reopen the case");
        await Assertions.Expect(page.Status).ToHaveTextAsync("Open");

        await supervisorPage.GotoAsync($"cases/{caseId}/timeline");
        var timeline = await CaseTimelinePage.ArriveAsync(supervisorPage);
        await Assertions.Expect(timeline.Entries.First).ToContainTextAsync("Sam Super reopened the case");
        await Assertions.Expect(timeline.Entries.Filter(new() { HasText = "did not approve the closure" })).ToHaveCountAsync(1);
        await Assertions.Expect(timeline.Entries.Filter(new() { HasText = "cancelled the task “Call the landlord”" })).ToHaveCountAsync(1);
        await Assertions.Expect(timeline.Entries.Filter(new() { HasText = "from open to on hold" })).ToHaveCountAsync(1);
        await workerPage.Context.CloseAsync();
        await supervisorPage.Context.CloseAsync();
    }
}
