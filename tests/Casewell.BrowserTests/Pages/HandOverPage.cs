using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/team-caseloads/workers/{id}/handover: give all of a worker's cases to one or several others.</summary>
public sealed partial class HandOverPage
{
    private readonly IPage page;

    private HandOverPage(IPage page) => this.page = page;

    public ILocator Done => page.GetByTestId("handover-done");

    public static async Task<HandOverPage> ArriveAsync(IPage page, string worker)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hand over the caseload of {worker}");
        await AxeCheck.AssertAccessibleAsync(page);
        return new HandOverPage(page);
    }

    /// <summary>Ticks each worker (by the start of their label) with the keyboard, types the reason and submits.</summary>
    public async Task HandOverAsync(string reason, params string[] workers)
    {
        foreach (var worker in workers)
        {
            var box = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{Regex.Escape(worker)} ") });
            await box.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(box).ToBeCheckedAsync();
        }
        await page.GetByLabel("Reason").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over the caseload" }).ClickAsync();
        await Assertions.Expect(Done).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/team-caseloads/workers/[0-9a-f-]{36}/handover$")]
    private static partial Regex Address();
}
