using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>The primary navigation; below desktop width its links sit behind the Menu button.</summary>
internal static class Navigation
{
    public static async Task FollowAsync(IPage page, string linkName)
    {
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        if (await menu.IsVisibleAsync()) await menu.ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" }).GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync();
    }
}
