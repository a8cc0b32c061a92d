using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/caseload: the signed-in worker's cases, with filters, sort and overdue markers.</summary>
public sealed partial class MyCaseloadPage
{
    private readonly IPage page;

    private MyCaseloadPage(IPage page) => this.page = page;

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "My caseload" });

    public static async Task<MyCaseloadPage> OpenFromNavAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Navigation.FollowAsync(page, "My caseload");
        return await ArriveAsync(page);
    }

    public static async Task<MyCaseloadPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My caseload");
        await AxeCheck.AssertAccessibleAsync(page);
        return new MyCaseloadPage(page);
    }

    /// <summary>The row of a case, by its case number.</summary>
    public ILocator Row(string caseNumber) => page.Locator($"tr[data-case-number='{caseNumber}']");

    public async Task ShowOnlyOverdueAsync()
    {
        // USWDS draws its own box and moves the real checkbox out of view: the label is what a user clicks.
        await page.GetByText("Only cases with something overdue", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Only cases with something overdue")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(OverdueAddress());
        await AxeCheck.AssertAccessibleAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/caseload(\\?.*)?$")]
    private static partial Regex Address();

    [GeneratedRegex("/caseload\\?.*overdueOnly=true")]
    private static partial Regex OverdueAddress();
}
