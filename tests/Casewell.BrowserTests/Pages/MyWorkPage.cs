using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/ for a case worker or supervisor: overdue tasks, today's tasks, cases needing contact.</summary>
public sealed partial class MyWorkPage
{
    private readonly IPage page;

    private MyWorkPage(IPage page) => this.page = page;

    public ILocator ContactsDue => page.GetByTestId("contacts-due");

    public ILocator TodayTasks => page.GetByTestId("today-tasks");

    public static async Task<MyWorkPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(HomeAddress());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My work");
        await AxeCheck.AssertAccessibleAsync(page);
        return new MyWorkPage(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("^https?://[^/]+/$")]
    private static partial Regex HomeAddress();
}
