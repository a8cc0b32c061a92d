using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/court-reports: a case's court reports, with the form that compiles a new draft.</summary>
public sealed partial class CourtReportsPage
{
    private readonly IPage page;

    private CourtReportsPage(IPage page) => this.page = page;

    public ILocator Reports => page.GetByTestId("reports");

    public ILocator Problem => page.GetByTestId("problem");

    public static async Task<CourtReportsPage> OpenAsync(IPage page, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/cases/{caseId}/court-reports");
        return await ArriveAsync(page);
    }

    public static async Task<CourtReportsPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Court reports");
        await AxeCheck.AssertAccessibleAsync(page);
        return new CourtReportsPage(page);
    }

    public async Task<CourtReportPage> CompileAsync(DateOnly from, DateOnly to, string court)
    {
        await page.GetByLabel("Period from").FillAsync(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Period to").FillAsync(to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel(FieldLabel.Required("Court")).FillAsync(court);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compile the draft" }).ClickAsync();
        return await CourtReportPage.ArriveAsync(page);
    }

    [GeneratedRegex(@"/cases/[0-9a-f-]+/court-reports$")]
    private static partial Regex Address();
}
