using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/clients: the search box, typo-tolerant, and its results.</summary>
public sealed partial class SearchClientsPage
{
    private readonly IPage page;

    private SearchClientsPage(IPage page) => this.page = page;

    public ILocator SearchBox => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search clients by name, date of birth or identifier" });

    public ILocator Results => page.GetByTestId("search-results");

    public static async Task<SearchClientsPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/clients");
        return await ArriveAsync(page);
    }

    public static async Task<SearchClientsPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(SearchAddress());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find a client");
        return new SearchClientsPage(page);
    }

    /// <summary>Types the words into the search box and presses Enter, as a worker at the keyboard would.</summary>
    public async Task SearchAsync(string words)
    {
        await SearchBox.FillAsync(words);
        await SearchBox.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(SearchAddress());
        await Assertions.Expect(page.GetByTestId("search-results").Or(page.GetByTestId("no-results"))).ToBeVisibleAsync();
    }

    /// <summary>The link to a found client's profile, by the name it shows.</summary>
    public ILocator Result(string name) => Results.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Tabs from where focus is until the result named <paramref name="name"/> has it; false if it never does.</summary>
    public async Task<bool> TabToResultAsync(string name, int maxTabs = 40)
    {
        var target = Result(name).First;
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("link => link === document.activeElement")) return true;
        }
        return false;
    }

    [GeneratedRegex("/clients(\\?.*)?$")]
    private static partial Regex SearchAddress();
}
