using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}: a case with its status, workers and the next steps the reader may take.</summary>
public sealed partial class CasePage
{
    private readonly IPage page;

    private CasePage(IPage page, string caseId)
    {
        this.page = page;
        CaseId = caseId;
    }

    public string CaseId { get; }

    public ILocator Status => page.GetByTestId("case-status");

    public ILocator PrimaryWorker => page.GetByTestId("primary-worker");

    public ILocator PendingClosure => page.GetByTestId("pending-closure");

    /// <summary>What the page says when a step was refused (an open task, a stale version).</summary>
    public ILocator Problem => page.GetByTestId("problem");

    public static async Task<CasePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(CaseAddress());
        await Assertions.Expect(page.GetByTestId("case-number")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        return new CasePage(page, CaseAddress().Match(page.Url).Groups["id"].Value);
    }

    public static async Task<CasePage> OpenAsync(IPage page, string caseId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"cases/{caseId}");
        return await ArriveAsync(page);
    }

    public async Task<CasePage> AssignAsync(string workerName)
    {
        var form = page.GetByTestId("assign-form");
        var option = form.Locator("option", new() { HasTextString = workerName });
        await form.GetByLabel("Worker").SelectOptionAsync(new SelectOptionValue { Value = await option.GetAttributeAsync("value") });
        await form.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await Assertions.Expect(PrimaryWorker).ToHaveTextAsync(workerName);
        return await ArriveAsync(page);
    }

    /// <summary>The case page's own link to the form that writes a note on the case.</summary>
    public async Task<WriteNotePage> WriteNoteAsync()
    {
        await page.GetByTestId("case-write-note").ClickAsync();
        return await WriteNotePage.ArriveAsync(page);
    }

    public Task<CasePage> DoAsync(string button) => ClickAndArriveAsync(page.GetByRole(AriaRole.Button, new() { Name = button }));

    public async Task<CasePage> CloseAsync(string outcome, string reason, string button)
    {
        var form = page.GetByTestId("close-form");
        await form.GetByLabel("Outcome").SelectOptionAsync(new SelectOptionValue { Label = outcome });
        await form.GetByLabel("Reason for closing").FillAsync(reason);
        return await ClickAndArriveAsync(form.GetByRole(AriaRole.Button, new() { Name = button }));
    }

    /// <summary>Closes, or asks to, ticking "cancel the open tasks" in the same step.</summary>
    public async Task<CasePage> CloseCancellingTasksAsync(string outcome, string reason, string button)
    {
        // USWDS draws its own box and moves the real checkbox out of view: the label is what a user clicks.
        await page.GetByTestId("close-form").GetByText("Cancel the case's open tasks", new() { Exact = true }).ClickAsync();
        return await CloseAsync(outcome, reason, button);
    }

    /// <summary>A step that asks for a reason: fills the field so labelled, then presses the button.</summary>
    public async Task<CasePage> DoWithReasonAsync(string reasonLabel, string reason, string button)
    {
        await page.GetByLabel(reasonLabel).FillAsync(reason);
        return await DoAsync(button);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    private async Task<CasePage> ClickAndArriveAsync(ILocator button)
    {
        await button.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return await ArriveAsync(page);
    }

    [GeneratedRegex("/cases/(?<id>[0-9a-f-]{36})(\\?opened=1)?$")]
    private static partial Regex CaseAddress();
}
