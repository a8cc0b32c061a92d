using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/hearings/{id}: one court hearing, with forms to record its outcome, continue or cancel it.</summary>
public sealed partial class HearingPage
{
    private readonly IPage page;

    private HearingPage(IPage page) => this.page = page;

    public ILocator Status => page.GetByTestId("hearing-status");

    public ILocator Parties => page.GetByTestId("hearing-parties");

    public ILocator Outcome => page.GetByTestId("hearing-outcome");

    public ILocator Message => page.GetByRole(AriaRole.Status);

    public static async Task<HearingPage> ArriveAsync(IPage page, string title)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await AxeCheck.AssertAccessibleAsync(page);
        return new HearingPage(page);
    }

    public async Task<CourtReportsPage> MakeCourtReportAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Make a court report for this hearing" }).ClickAsync();
        return await CourtReportsPage.ArriveAsync(page);
    }

    public async Task<HearingPage> RecordOutcomeAsync(string outcome, string title)
    {
        await page.GetByLabel("What the court decided").FillAsync(outcome);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        return await ArriveAsync(page, title);
    }

    [GeneratedRegex("/hearings/[0-9a-f-]{36}(\\?.*)?$")]
    private static partial Regex Address();
}
