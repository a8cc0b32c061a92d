using Casewell.BrowserTests.Pages;
using Casewell.Cases;
using Casewell.CaseTypes;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class CaseloadTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_supervisor_assigns_a_new_case_from_the_queue_and_the_worker_finds_it_in_their_caseload()
    {
        using var setup = await CaseloadSetup.CreateAsync(App);
        var worker = await setup.WorkerAsync("Wren Walker");
        var waiting = await setup.OpenCaseAsync("Delacroix", CasePriority.Urgent, SeededCaseTypes.ChildProtectiveServices);
        var older = await setup.OpenCaseAsync("Fairweather", CasePriority.Low, SeededCaseTypes.General);
        await setup.AssignAsync(older.Id, worker);
        await setup.MakeContactOverdueAsync(older.Id, daysAgo: 3);

        var supervisorPage = await SignInAsync(setup.Supervisor);
        var teams = await TeamCaseloadsPage.OpenFromNavAsync(supervisorPage);
        await Assertions.Expect(teams.UnassignedWarning(setup.TeamName)).ToContainTextAsync("Cases without a worker: 1");
        await Assertions.Expect(teams.Load(setup.TeamName, worker.Name)).ToHaveTextAsync("0.75");
        var queue = await teams.OpenQueueAsync(setup.TeamName);
        queue = await queue.AssignAsync(waiting.Number, $"{worker.Name} (load 0.75, cases 1)");
        await Assertions.Expect(queue.Empty).ToBeVisibleAsync();
        Assert.Equal(worker.Id, await setup.PrimaryWorkerAsync(waiting.Id));
        await supervisorPage.Context.CloseAsync();

        var workerPage = await SignInAsync(worker);
        var caseload = await MyCaseloadPage.OpenFromNavAsync(workerPage);
        await Assertions.Expect(caseload.Row(waiting.Number)).ToContainTextAsync("Jordan Delacroix");
        await Assertions.Expect(caseload.Row(waiting.Number)).ToContainTextAsync("Urgent");
        await Assertions.Expect(caseload.Row(older.Number).GetByText("Contact overdue")).ToBeVisibleAsync();
        await caseload.ShowOnlyOverdueAsync();
        await Assertions.Expect(caseload.Row(older.Number)).ToBeVisibleAsync();
        await Assertions.Expect(caseload.Row(waiting.Number)).ToHaveCountAsync(0);
        await Assertions.Expect(caseload.Row(older.Number).GetByRole(AriaRole.Link, new() { Name = "Jordan Fairweather" }))
            .ToHaveAttributeAsync("href", $"cases/{older.Id}");
        await workerPage.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_tablet_a_supervisor_reviews_a_worker_and_hands_over_their_caseload()
    {
        using var setup = await CaseloadSetup.CreateAsync(App);
        var leaving = await setup.WorkerAsync("Lou Leaving");
        var ana = await setup.WorkerAsync("Ana Able");
        var ben = await setup.WorkerAsync("Ben Baker");
        var heavy = await setup.OpenCaseAsync("Montgomery-Fitzgerald", CasePriority.Urgent, SeededCaseTypes.ChildProtectiveServices);
        var light = await setup.OpenCaseAsync("Lee", CasePriority.Low, SeededCaseTypes.AgingServices);
        await setup.AssignAsync(heavy.Id, leaving);
        await setup.AssignAsync(light.Id, leaving);
        await setup.MakeContactOverdueAsync(heavy.Id, daysAgo: 10);

        var page = await SignInAsync(setup.Supervisor, 768, 1024);
        var teams = await TeamCaseloadsPage.OpenFromNavAsync(page);
        Assert.False(await teams.ScrollsHorizontallyAsync(), "Team caseloads scroll sideways at 768×1024.");
        var cases = await teams.OpenCasesOfAsync(setup.TeamName, leaving.Name);
        await Assertions.Expect(cases.Row(heavy.Number)).ToContainTextAsync("Contact overdue", new() { IgnoreCase = true });
        await Assertions.Expect(cases.TransferTo(heavy.Number)).ToBeVisibleAsync();
        Assert.False(await cases.ScrollsHorizontallyAsync(), "A worker's cases with their transfer forms scroll sideways at 768×1024.");

        var handover = await cases.HandOverAllAsync(leaving.Name);
        Assert.False(await handover.ScrollsHorizontallyAsync(), "The handover form scrolls sideways at 768×1024.");
        await handover.HandOverAsync("Leaving the agency on Friday", ana.Name, ben.Name);

        await Assertions.Expect(handover.Done).ToContainTextAsync("Cases moved: 2");
        Assert.Equal(ana.Id, await setup.PrimaryWorkerAsync(heavy.Id));
        Assert.Equal(ben.Id, await setup.PrimaryWorkerAsync(light.Id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task My_caseload_fits_a_tablet_and_its_filters_work_from_the_keyboard()
    {
        using var setup = await CaseloadSetup.CreateAsync(App);
        var worker = await setup.WorkerAsync("Kim Keys");
        var opened = await setup.OpenCaseAsync("Abernathy-Wolcott", CasePriority.High, SeededCaseTypes.HospitalDischarge);
        await setup.AssignAsync(opened.Id, worker);

        var page = await SignInAsync(worker, 768, 1024);
        var caseload = await MyCaseloadPage.OpenFromNavAsync(page);
        Assert.False(await caseload.ScrollsHorizontallyAsync(), "My caseload scrolls sideways at 768×1024.");

        await page.GetByLabel("Priority", new() { Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("priority=Urgent"));
        await Assertions.Expect(page.GetByTestId("no-cases")).ToHaveTextAsync("No cases match these choices.");
        await AxeCheck.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
