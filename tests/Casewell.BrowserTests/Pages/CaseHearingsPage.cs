using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/hearings: a case's court hearings, with the form to schedule one.</summary>
public sealed partial class CaseHearingsPage
{
    private readonly IPage page;

    private CaseHearingsPage(IPage page) => this.page = page;

    public ILocator Hearings => page.GetByTestId("hearings");

    public ILocator Message => page.GetByRole(AriaRole.Status);

    public static async Task<CaseHearingsPage> OpenAsync(IPage page, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/cases/{caseId}/hearings");
        return await ArriveAsync(page);
    }

    public static async Task<CaseHearingsPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(Address());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Court hearings");
        await AxeCheck.AssertAccessibleAsync(page);
        return new CaseHearingsPage(page);
    }

    /// <summary>Fills the schedule form with the keyboard's fields as a worker would, the people in the first rows.</summary>
    public async Task<CaseHearingsPage> ScheduleAsync(DateTime when, string type, string court, string judge, params (string Name, string Role)[] people)
    {
        ArgumentNullException.ThrowIfNull(people);
        await page.GetByLabel(FieldLabel.Required("Date and time")).FillAsync(when.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Type of hearing").SelectOptionAsync(new SelectOptionValue { Label = type });
        await page.GetByLabel(FieldLabel.Required("Court")).FillAsync(court);
        await page.GetByLabel("Judge or magistrate").FillAsync(judge);
        for (var i = 0; i < people.Length; i++)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = $"Person {i + 1}", Exact = true });
            await row.GetByLabel("Name").FillAsync(people[i].Name);
            await row.GetByLabel("Role").FillAsync(people[i].Role);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the hearing" }).ClickAsync();
        return await ArriveAsync(page);
    }

    public async Task<HearingPage> OpenHearingAsync(string type)
    {
        await Hearings.GetByRole(AriaRole.Link).First.ClickAsync();
        return await HearingPage.ArriveAsync(page, $"{type} hearing");
    }

    [GeneratedRegex("/cases/[0-9a-f-]{36}/hearings(\\?.*)?$")]
    private static partial Regex Address();
}
