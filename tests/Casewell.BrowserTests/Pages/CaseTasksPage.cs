using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/tasks: a case's tasks, with forms to add a task and to record a contact.</summary>
public sealed partial class CaseTasksPage
{
    private readonly IPage page;

    private CaseTasksPage(IPage page) => this.page = page;

    public ILocator Tasks => page.GetByTestId("tasks");

    public ILocator Contacts => page.GetByTestId("contacts");

    public ILocator Message => page.GetByRole(AriaRole.Status);

    public ILocator ErrorSummary => page.Locator("#error-summary");

    public ILocator TaskTitle => page.GetByLabel("Title");

    public ILocator TaskDueOn => page.GetByLabel("Due date");

    public ILocator TaskKind => page.GetByLabel("Kind");

    public ILocator ContactWhen => page.GetByLabel("When it took place");

    public ILocator ContactHow => page.GetByLabel("How");

    public ILocator ContactSummary => page.GetByLabel("Summary");

    public static async Task<CaseTasksPage> OpenAsync(IPage page, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/cases/{caseId}/tasks");
        return await ArriveAsync(page);
    }

    public static async Task<CaseTasksPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tasks and contacts");
        await AxeCheck.AssertAccessibleAsync(page);
        return new CaseTasksPage(page);
    }

    public ILocator FieldError(string fieldId) => page.Locator($"#{fieldId}-error");

    public async Task AddTaskAsync(string title, DateOnly due, string kind = "Follow-up")
    {
        await TaskTitle.FillAsync(title);
        await TaskKind.SelectOptionAsync(new SelectOptionValue { Label = kind });
        await TaskDueOn.FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
    }

    public async Task RecordContactAsync(DateTime when, string how, string summary)
    {
        await ContactWhen.FillAsync(when.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await ContactHow.SelectOptionAsync(new SelectOptionValue { Label = how });
        await ContactSummary.FillAsync(summary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
    }

    public async Task<TaskPage> OpenTaskAsync(string title)
    {
        await Tasks.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        return await TaskPage.ArriveAsync(page, title);
    }

    public async Task<CaseTimelinePage> OpenTimelineAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        return await CaseTimelinePage.ArriveAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/cases/[0-9a-f-]{36}/tasks")]
    private static partial Regex Address();
}
