using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/clients/{id}/cases/new: the open-case form.</summary>
public sealed class OpenCasePage(IPage page)
{
    public static async Task<OpenCasePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a case", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        return new OpenCasePage(page);
    }

    public async Task<CasePage> OpenAsync(string programAndTeam, string caseType, string reason)
    {
        await page.GetByLabel("Program and team").SelectOptionAsync(new SelectOptionValue { Label = programAndTeam });
        await page.GetByLabel("Case type").SelectOptionAsync(new SelectOptionValue { Label = caseType });
        await page.GetByLabel("Priority").SelectOptionAsync(new SelectOptionValue { Label = "High priority" });
        await page.GetByLabel("Reason for the referral").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
        return await CasePage.ArriveAsync(page);
    }
}
