using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>The auditor asks who has looked at a client, narrows to refusals, and takes the answer away as a file.</summary>
public sealed class AuditTrailTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_auditor_filters_the_trail_to_a_client_sees_who_looked_and_who_was_refused_and_exports_it()
    {
        // The intake worker registered the client and may read the record; the team's worker has no relationship with them.
        var team = await CaseTeam.CreateAsync(App);
        var intake = await SignInAsync(team.IntakeEmail);
        await intake.GotoAsync($"clients/{team.ClientId}");
        await Assertions.Expect(intake.GetByTestId("client-name")).ToBeVisibleAsync();
        await intake.Context.CloseAsync();
        var worker = await SignInAsync(team.WorkerEmail);
        await worker.GotoAsync($"clients/{team.ClientId}");
        await Assertions.Expect(worker.GetByTestId("no-relationship")).ToBeVisibleAsync();
        await worker.Context.CloseAsync();

        var auditor = await SignedInPageAsync(StaffRole.Auditor, "Ada Auditor");
        var trail = await AuditTrailPage.OpenAsync(auditor);
        await AxeCheck.AssertAccessibleAsync(auditor);
        await trail.FilterByClientAsync(team.ClientId);

        await Assertions.Expect(trail.Row("Opened a client's profile").Filter(new() { HasText = "Ina Intake" })).ToHaveCountAsync(1);
        await Assertions.Expect(trail.Row("Refused: a client's record").Filter(new() { HasText = team.WorkerName })).ToHaveCountAsync(1);
        await AxeCheck.AssertAccessibleAsync(auditor);

        await trail.UsePresetAsync("Refused accesses");
        await Assertions.Expect(trail.Row(team.WorkerName)).ToHaveCountAsync(1);
        await Assertions.Expect(trail.Row("Opened a client's profile")).ToHaveCountAsync(0);
        await Assertions.Expect(auditor.GetByLabel("Kind of entry")).ToHaveValueAsync("Refusals");

        var csv = await trail.ExportAsync();
        Assert.StartsWith("Sequence,When (UTC),", csv, StringComparison.Ordinal);
        Assert.Contains("Client.AccessRefused", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Client.Viewed", csv, StringComparison.Ordinal);

        // The export is in the trail too, naming what was exported.
        await auditor.GotoAsync($"audit?clientId={team.ClientId}");
        await Assertions.Expect(trail.Row("Exported the audit trail").Filter(new() { HasText = "groups Refusals" })).ToHaveCountAsync(1);
        await AxeCheck.AssertAccessibleAsync(auditor);
        await auditor.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_filter_is_shown_at_its_field_with_a_summary()
    {
        var auditor = await SignedInPageAsync(StaffRole.Auditor, "Abe Auditor");
        var trail = await AuditTrailPage.OpenAsync(auditor);

        await auditor.GetByLabel("Client ID").FillAsync("not an id");
        await trail.ShowAsync();

        await Assertions.Expect(auditor.Locator("#error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(auditor.Locator("#field-clientid-error")).ToContainTextAsync("Enter an ID like");
        await AxeCheck.AssertAccessibleAsync(auditor);
        await auditor.Context.CloseAsync();
    }
}
