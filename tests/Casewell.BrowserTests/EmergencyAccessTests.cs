using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>Breaking the glass from the refusal page, the banner it leaves on the record, and the supervisor's review of it.</summary>
public sealed class EmergencyAccessTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_refused_worker_breaks_the_glass_reads_under_a_banner_and_their_supervisor_reviews_it()
    {
        // The team's client has no case and nobody's registration: no one on the team has a relationship with them.
        var team = await CaseTeam.CreateAsync(App);
        var worker = await SignInAsync(team.WorkerEmail);
        await worker.GotoAsync($"clients/{team.ClientId}");
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "This record is not open to you", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(worker.GetByTestId("no-relationship")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(worker);

        await worker.Locator("#field-reason").FillAsync("Police called: the child may be in danger tonight.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Open the record in an emergency" }).ClickAsync();

        await Assertions.Expect(worker.GetByTestId("emergency-banner")).ToContainTextAsync("may be in danger tonight");
        await Assertions.Expect(worker.GetByTestId("client-name")).ToBeVisibleAsync();
        await Assertions.Expect(worker.GetByTestId("edit-client")).ToHaveCountAsync(0);
        await AxeCheck.AssertAccessibleAsync(worker);
        await worker.GetByRole(AriaRole.Link, new() { Name = "My emergency access" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("my-grants")).ToContainTextAsync("Not reviewed yet");
        await AxeCheck.AssertAccessibleAsync(worker);
        await worker.Context.CloseAsync();

        var supervisor = await SignInAsync(team.SupervisorEmail);
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Emergency access review" }).ClickAsync();
        var row = supervisor.GetByRole(AriaRole.Row).Filter(new() { HasText = team.WorkerName });
        await Assertions.Expect(row).ToContainTextAsync("may be in danger tonight");
        await AxeCheck.AssertAccessibleAsync(supervisor);
        await row.GetByLabel("Review note").FillAsync("Confirmed with the police liaison; justified.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();

        await Assertions.Expect(supervisor.GetByTestId("grant-reviewed")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Row).Filter(new() { HasText = team.WorkerName })).ToHaveCountAsync(0);
        await AxeCheck.AssertAccessibleAsync(supervisor);
        await supervisor.Context.CloseAsync();
    }
}
