using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/notes/new and /notes/{id}/edit: the form that writes a note, saved as a draft as it is typed.</summary>
public sealed partial class WriteNotePage
{
    private readonly IPage page;

    private WriteNotePage(IPage page) => this.page = page;

    /// <summary>The live region where the autosave says when it last saved.</summary>
    public ILocator SavedAt => page.GetByTestId("saved-at");

    public static async Task<WriteNotePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Write a note");
        await AxeCheck.AssertAccessibleAsync(page);
        return new WriteNotePage(page);
    }

    public async Task DescribeAsync(string type, DateTime startedAt, int minutes, string location)
    {
        await page.GetByLabel("Type of contact").SelectOptionAsync(new SelectOptionValue { Label = type });
        await page.GetByLabel("When the contact started").FillAsync(startedAt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Length, in minutes").FillAsync(minutes.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Location", new() { Exact = true }).FillAsync(location);
    }

    /// <summary>Ticks a participant: USWDS draws its own box, so the label is what a user clicks.</summary>
    public Task TickAsync(string name) => page.GetByTestId("participants").GetByText(name).ClickAsync();

    public Task WriteAsync(string section, string text) => page.GetByLabel(section).FillAsync(text);

    public async Task AddFollowUpAsync(string title, DateOnly dueOn)
    {
        await page.GetByLabel("Follow-up 1", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Due date of follow-up 1").FillAsync(dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public async Task<NotePage> SignAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign note" }).ClickAsync();
        return await NotePage.ArriveAsync(page);
    }

    [GeneratedRegex("/(cases/[0-9a-f-]{36}/notes/new|notes/[0-9a-f-]{36}/edit)(\\?.*)?$")]
    private static partial Regex Address();
}
