using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/setup?token=...: where the first administrator is created.</summary>
public sealed class SetupPage
{
    private readonly IPage page;

    private SetupPage(IPage page) => this.page = page;

    public static async Task<SetupPage> OpenAsync(IPage page, string token)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/setup?token={Uri.EscapeDataString(token)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Set up Casewell");
        await AxeCheck.AssertAccessibleAsync(page);
        return new SetupPage(page);
    }

    public async Task<SignInPage> CreateAdministratorAsync(string name, string email, string password)
    {
        await page.Locator("#field-displayname").FillAsync(name);
        await page.Locator("#field-email").FillAsync(email);
        await page.Locator("#field-password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        return await SignInPage.ArriveAsync(page);
    }
}
