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

        // Required fields are found by id (their labels end in the required mark); USWDS checkboxes are ticked by their label, as a person does.
        await page.GetByRole(AriaRole.Link, new() { Name = "Consents to share information" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Consents to share information", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        await page.Locator("#field-recipientkind").SelectOptionAsync("Organization");
        await page.Locator("#field-recipient").FillAsync("Harbor Clinic");
        await page.Locator("label[for=field-categories-medical]").ClickAsync();
        await page.Locator("#field-purpose").FillAsync("Coordinating care after discharge");
        await page.Locator("#field-validfrom").FillAsync("2024-01-01");
        await page.GetByLabel("Signed form", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "consent.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%signed\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The consent was recorded.");
        await Assertions.Expect(page.GetByTestId("consent-status")).ToHaveTextAsync("Active");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the signed form" })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a disclosure" }).ClickAsync();
        await page.Locator("#field-recipientname").FillAsync("Harbor Clinic");
        await page.Locator("label[for=field-categories-medical]").ClickAsync();
        await page.Locator("#field-description").FillAsync("Discharge summary");
        await page.Locator("#field-purpose").FillAsync("Follow-up appointment");
        await page.Locator("#field-method").SelectOptionAsync("Fax");
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
