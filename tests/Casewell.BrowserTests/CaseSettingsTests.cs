using System.Security.Cryptography;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class CaseSettingsTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_adds_a_case_type_and_a_bad_weight_is_shown_at_its_field()
    {
        var page = await SignedInPageAsync(StaffRole.Administrator, "Ada Admin");
        await page.GotoAsync("admin/case-settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case settings", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        var code = "FOS" + RandomNumberGenerator.GetHexString(4, lowercase: true).ToUpperInvariant();

        await page.GetByLabel("Code").FillAsync(code);
        await page.Locator("#field-name").FillAsync("Foster care " + code);
        await page.GetByLabel("Caseload weight").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a case type" }).ClickAsync();
        await Assertions.Expect(page.Locator("#field-loadweight-error")).ToContainTextAsync("weight above 0");
        await AxeCheck.AssertAccessibleAsync(page);

        await page.GetByLabel("Caseload weight").FillAsync("1.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a case type" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-types")).ToContainTextAsync("Foster care " + code);
        await page.Context.CloseAsync();
    }
}
