using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/court-reports/{id}: one report, its downloads, the form that edits it, and its contacts as documented.</summary>
public sealed partial class CourtReportPage
{
    private readonly IPage page;

    private CourtReportPage(IPage page) => this.page = page;

    public ILocator Message => page.GetByRole(AriaRole.Status);

    public ILocator Contacts => page.GetByTestId("report-contacts");

    public ILocator CaseDetails => page.GetByLabel("Client and case");

    public ILocator Recommendations => page.GetByLabel("Recommendations");

    public static async Task<CourtReportPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Court report");
        await AxeCheck.AssertAccessibleAsync(page);
        return new CourtReportPage(page);
    }

    public async Task<CourtReportPage> SaveRecommendationsAsync(string text)
    {
        await Recommendations.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the report" }).ClickAsync();
        return await ArriveAsync(page);
    }

    /// <summary>Clicks a download link and answers the file's suggested name and bytes.</summary>
    public async Task<(string Name, byte[] Content)> DownloadAsync(string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    [GeneratedRegex(@"/court-reports/[0-9a-f-]+(\?.*)?$")]
    private static partial Regex Address();
}
