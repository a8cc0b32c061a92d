using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/notes/{id}: a note as signed, with its addenda and the form to add one.</summary>
public sealed partial class NotePage
{
    private readonly IPage page;

    private NotePage(IPage page) => this.page = page;

    public ILocator Status => page.GetByTestId("note-status");

    public ILocator Message => page.GetByTestId("note-message");

    public ILocator Participants => page.GetByTestId("note-participants");

    public ILocator Addenda => page.GetByTestId("addenda");

    public ILocator Section(string kind) => page.GetByTestId($"section-{kind}");

    public static async Task<NotePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByTestId("note-status")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        return new NotePage(page);
    }

    public async Task<NotePage> AddAddendumAsync(string text)
    {
        await page.GetByLabel("Add an addendum").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add addendum" }).ClickAsync();
        return await ArriveAsync(page);
    }

    [GeneratedRegex("/notes/[0-9a-f-]{36}(\\?.*)?(#.*)?$")]
    private static partial Regex Address();
}
