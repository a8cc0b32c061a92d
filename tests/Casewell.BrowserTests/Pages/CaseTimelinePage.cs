using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/timeline: everything that happened on a case, newest first, with a filter by kind.</summary>
public sealed partial class CaseTimelinePage
{
    private readonly IPage page;

    private CaseTimelinePage(IPage page) => this.page = page;

    public ILocator Entries => page.GetByTestId("timeline").Locator("li");

    public static async Task<CaseTimelinePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Timeline");
        await AxeCheck.AssertAccessibleAsync(page);
        return new CaseTimelinePage(page);
    }

    /// <summary>Ticks the named kinds with the keyboard and submits the filter form.</summary>
    public async Task<CaseTimelinePage> ShowOnlyAsync(params string[] kinds)
    {
        foreach (var kind in kinds)
        {
            var box = page.GetByRole(AriaRole.Checkbox, new() { Name = kind, Exact = true });
            await box.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(box).ToBeCheckedAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).PressAsync("Enter");
        return await ArriveAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/cases/[0-9a-f-]{36}/timeline")]
    private static partial Regex Address();
}
