using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/notes/search: the notes of the worker's caseload found by their words, with the words marked.</summary>
public sealed partial class SearchNotesPage
{
    private readonly IPage page;

    private SearchNotesPage(IPage page) => this.page = page;

    public ILocator SearchBox => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the notes for words" });

    public ILocator Results => page.GetByTestId("notes");

    public ILocator Marked => Results.Locator("mark");

    public ILocator Error => page.Locator(".usa-error-message");

    public static async Task<SearchNotesPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/notes/search");
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Search notes");
        return new SearchNotesPage(page);
    }

    /// <summary>Types the words and presses Enter, as a worker at the keyboard would.</summary>
    public async Task SearchAsync(string words)
    {
        await SearchBox.FillAsync(words);
        await SearchBox.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(Results.Or(page.GetByTestId("no-notes")).Or(Error)).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/notes/search(\?.*)?$")]
    private static partial Regex Address();
}
