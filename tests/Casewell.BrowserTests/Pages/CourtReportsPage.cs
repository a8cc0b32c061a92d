using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/court-reports: a case's court reports, with the form that compiles a new draft.</summary>
public sealed partial class CourtReportsPage
{
    private readonly IPage page;

    private CourtReportsPage(IPage page) => this.page = page;

    public ILocator Reports => page.GetByTestId("reports");

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

    /// <summary>What the form says it is for, when it was opened from a hearing.</summary>
    public ILocator ForHearing => page.GetByTestId("for-hearing");

    /// <summary>Compiles the draft as the form proposes it (a report for a hearing comes filled in).</summary>
    public async Task<CourtReportPage> CompileAsProposedAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Compile the draft" }).ClickAsync();
        return await CourtReportPage.ArriveAsync(page);
    }

    [GeneratedRegex(@"/cases/[0-9a-f-]+/court-reports(\?[^#]*)?(#.*)?$")]
    private static partial Regex Address();
}
