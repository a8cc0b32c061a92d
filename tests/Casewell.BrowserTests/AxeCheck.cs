using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>Runs axe-core on the page as it stands and fails the test with every WCAG 2.1 A/AA violation.</summary>
public static class AxeCheck
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {page.Url}: is the page empty?");
        if (result.Violations.Length == 0) return;
        var lines = result.Violations.SelectMany(v => v.Nodes.Select(n => $"  {v.Id} ({v.Impact}) at {n.Target}: {v.Help}"));
        Assert.Fail($"axe found accessibility violations on {page.Url}:\n{string.Join('\n', lines)}");
    }
}
