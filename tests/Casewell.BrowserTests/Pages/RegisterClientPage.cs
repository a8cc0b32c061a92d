using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/clients/new: intake, which checks for people the agency already knows before creating a record.</summary>
public sealed partial class RegisterClientPage
{
    private readonly IPage page;

    private RegisterClientPage(IPage page) => this.page = page;

    public ILocator FirstName => page.GetByLabel("Legal first name");

    public ILocator LastName => page.GetByLabel("Legal last name");

    public ILocator BirthDate => page.GetByLabel("Date of birth", new() { Exact = true });

    /// <summary>The "This person may already be known" warning with its table of existing clients.</summary>
    public ILocator DuplicateCandidates => page.GetByTestId("duplicate-candidates");

    /// <summary>One row per existing client who may be this person: name, date of birth, city, match, why.</summary>
    public ILocator Candidates => DuplicateCandidates.GetByTestId("candidate");

    public ILocator ErrorSummary => page.Locator("#error-summary");

    public static async Task<RegisterClientPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/clients/new");
        await Assertions.Expect(page).ToHaveURLAsync(RegisterAddress());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Register a client");
        await AxeCheck.AssertAccessibleAsync(page);
        return new RegisterClientPage(page);
    }

    /// <summary>The message shown at a field, found by the id the error summary links to.</summary>
    public ILocator FieldError(string fieldId) => page.Locator($"#{fieldId}-error");

    public async Task FillAsync(string first, string last, string? birthDate = null)
    {
        await FirstName.FillAsync(first);
        await LastName.FillAsync(last);
        if (birthDate is not null) await BirthDate.FillAsync(birthDate);
    }

    /// <summary>Presses "Check and register" and stays here: for a person who resembles existing clients, or bad input.</summary>
    public async Task CheckAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and register" }).ClickAsync();

    /// <summary>Registers a person nobody resembles, landing on the new profile.</summary>
    public async Task<ClientProfilePage> RegisterAsync(string first, string last, string birthDate)
    {
        await FillAsync(first, last, birthDate);
        await CheckAsync();
        return await ClientProfilePage.ArriveAsync(page);
    }

    /// <summary>After looking at the candidates: none of them is this person.</summary>
    public async Task<ClientProfilePage> ConfirmNewPersonAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "None of these: register a new person" }).ClickAsync();
        return await ClientProfilePage.ArriveAsync(page);
    }

    [GeneratedRegex("/clients/new$")]
    private static partial Regex RegisterAddress();
}
