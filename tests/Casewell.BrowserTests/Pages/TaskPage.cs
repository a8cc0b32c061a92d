using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/tasks/{id}: one task, with forms to complete or cancel it.</summary>
public sealed partial class TaskPage
{
    private readonly IPage page;

    private TaskPage(IPage page) => this.page = page;

    public static async Task<TaskPage> ArriveAsync(IPage page, string title)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await AxeCheck.AssertAccessibleAsync(page);
        return new TaskPage(page);
    }

    public async Task<CaseTasksPage> CompleteAsync(string note)
    {
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark complete" }).ClickAsync();
        return await CaseTasksPage.ArriveAsync(page);
    }

    [GeneratedRegex("/tasks/[0-9a-f-]{36}$")]
    private static partial Regex Address();
}
