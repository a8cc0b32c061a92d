using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

internal static class SidewaysScrolling
{
    /// <summary>True when the page is wider than the window, so the reader would have to scroll sideways.</summary>
    public static Task<bool> IsNeededAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
