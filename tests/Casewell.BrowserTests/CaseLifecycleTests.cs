using Casewell.BrowserTests.Pages;
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

    private async Task<IPage> SignInAsync(string email, int width = 1280, int height = 900)
    {
        var page = await App.NewPageAsync(width, height);
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);
        return page;
    }
}
