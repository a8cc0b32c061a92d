using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/teams/{id}/queue: the team's cases without a worker, each with a form to assign it.</summary>
public sealed partial class CaseQueuePage
{
    private readonly IPage page;

    private CaseQueuePage(IPage page) => this.page = page;

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Empty => page.GetByTestId("queue-empty");

    public static async Task<CaseQueuePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Unassigned queue");
        await AxeCheck.AssertAccessibleAsync(page);
        return new CaseQueuePage(page);
    }

    /// <summary>The worker choice of a case's row, found by its label as a screen reader would.</summary>
    public ILocator WorkerFor(string caseNumber) => page.GetByLabel($"Worker for case {caseNumber}");

    public async Task<CaseQueuePage> AssignAsync(string caseNumber, string workerOption)
    {
        await WorkerFor(caseNumber).SelectOptionAsync(new SelectOptionValue { Label = workerOption });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Assign {caseNumber}" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Case {caseNumber} is assigned.")).ToBeVisibleAsync();
        return await ArriveAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/teams/[0-9a-f-]{36}/queue(\\?.*)?$")]
    private static partial Regex Address();
}
