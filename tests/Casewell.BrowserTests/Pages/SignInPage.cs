using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/sign-in.</summary>
public sealed partial class SignInPage
{
    private readonly IPage page;

    private SignInPage(IPage page) => this.page = page;

    public ILocator Email => page.Locator("#field-email");

    public ILocator Password => page.Locator("#field-password");

    public static async Task<SignInPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/sign-in");
        return await ArriveAsync(page);
    }

    /// <summary>For a test that got here by a redirect.</summary>
    public static async Task<SignInPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(SignInAddress());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await AxeCheck.AssertAccessibleAsync(page);
        return new SignInPage(page);
    }

    public async Task<HomePage> SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return await HomePage.ArriveAsync(page);
    }

    /// <summary>Tabs from the top of the page until the email field has focus; false if it never does.</summary>
    public async Task<bool> TabToEmailAsync(int maxTabs = 30)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == "field-email") return true;
        }
        return false;
    }

    [GeneratedRegex("/sign-in")]
    private static partial Regex SignInAddress();
}
