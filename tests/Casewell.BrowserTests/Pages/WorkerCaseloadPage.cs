using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/team-caseloads/workers/{id}: a worker's cases as their supervisor sees them, each with a transfer form.</summary>
public sealed partial class WorkerCaseloadPage
{
    private readonly IPage page;

    private WorkerCaseloadPage(IPage page) => this.page = page;

    public static async Task<WorkerCaseloadPage> ArriveAsync(IPage page, string worker)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Cases of {worker}");
        await AxeCheck.AssertAccessibleAsync(page);
        return new WorkerCaseloadPage(page);
    }

    public ILocator Row(string caseNumber) => page.Locator($"tr[data-case-number='{caseNumber}']");

    /// <summary>The transfer form's choice of worker for a case, under the case's row.</summary>
    public ILocator TransferTo(string caseNumber) => page.GetByLabel($"Transfer case {caseNumber} to");

    public async Task<HandOverPage> HandOverAllAsync(string worker)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Hand over all these cases" }).ClickAsync();
        return await HandOverPage.ArriveAsync(page, worker);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/team-caseloads/workers/[0-9a-f-]{36}(\\?.*)?$")]
    private static partial Regex Address();
}
