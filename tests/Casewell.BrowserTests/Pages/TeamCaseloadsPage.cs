using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/team-caseloads: per worker of each team, cases and weighted load; the warning about unassigned cases.</summary>
public sealed partial class TeamCaseloadsPage
{
    private readonly IPage page;

    private TeamCaseloadsPage(IPage page) => this.page = page;

    public static async Task<TeamCaseloadsPage> OpenFromNavAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Navigation.FollowAsync(page, "Team caseloads");
        return await ArriveAsync(page);
    }

    public static async Task<TeamCaseloadsPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Team caseloads");
        await AxeCheck.AssertAccessibleAsync(page);
        return new TeamCaseloadsPage(page);
    }

    public ILocator Team(string name) => page.GetByRole(AriaRole.Region, new() { Name = name });

    public ILocator UnassignedWarning(string team) => Team(team).GetByTestId("unassigned-warning");

    /// <summary>A worker's weighted load as the page shows it.</summary>
    public ILocator Load(string team, string worker) => Team(team).Locator($"tr[data-worker='{worker}'] [data-testid='load']");

    public async Task<CaseQueuePage> OpenQueueAsync(string team)
    {
        await Team(team).GetByRole(AriaRole.Link, new() { Name = "Assign them from the queue" }).ClickAsync();
        return await CaseQueuePage.ArriveAsync(page);
    }

    public async Task<WorkerCaseloadPage> OpenCasesOfAsync(string team, string worker)
    {
        await Team(team).GetByRole(AriaRole.Link, new() { Name = $"Cases {worker}" }).ClickAsync();
        return await WorkerCaseloadPage.ArriveAsync(page, worker);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/team-caseloads$")]
    private static partial Regex Address();
}
