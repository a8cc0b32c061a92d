using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class ConsentTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_worker_records_a_consent_then_a_disclosure_it_covers_and_the_accounting_shows_it()
    {
        var page = await SignedInPageAsync(StaffRole.CaseWorker, "Connie Consent");
        await (await RegisterClientPage.OpenAsync(page)).RegisterAsync("Rosalind", "Okafor", "1984-03-12");

        await page.GetByRole(AriaRole.Link, new() { Name = "Consents to share information" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Consents to share information", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        await page.GetByLabel("The consent names").SelectOptionAsync("Organization");
        await page.GetByLabel("Recipient", new() { Exact = true }).FillAsync("Harbor Clinic");
        await page.GetByLabel("Medical", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Purpose", new() { Exact = true }).FillAsync("Coordinating care after discharge");
        await page.GetByLabel("First day in force").FillAsync("2024-01-01");
        await page.GetByLabel("Signed form").SetInputFilesAsync(new FilePayload { Name = "consent.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%signed\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The consent was recorded.");
        await Assertions.Expect(page.GetByTestId("consent-status")).ToHaveTextAsync("Active");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the signed form" })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a disclosure" }).ClickAsync();
        await page.GetByLabel("Recipient", new() { Exact = true }).FillAsync("Harbor Clinic");
        await page.GetByLabel("Medical", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What was disclosed").FillAsync("Discharge summary");
        await page.GetByLabel("Purpose", new() { Exact = true }).FillAsync("Follow-up appointment");
        await page.GetByLabel("How it was disclosed").SelectOptionAsync("Fax");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("answer")).ToContainTextAsync("A consent of the client's covers this release.");
        await AxeCheck.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the disclosure" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The disclosure was recorded.");
        await Assertions.Expect(page.GetByTestId("accounting")).ToContainTextAsync("Discharge summary");
        await Assertions.Expect(page.GetByTestId("accounting")).ToContainTextAsync("Harbor Clinic");
        await AxeCheck.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
