using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/: where a signed-in worker lands.</summary>
public sealed partial class HomePage
{
    private readonly IPage page;

    private HomePage(IPage page) => this.page = page;

    public ILocator SignedInAs => page.GetByTestId("signed-in-as");

    public ILocator SignOut => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    public static async Task<HomePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(HomeAddress());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        return new HomePage(page);
    }

    public async Task<SignInPage> SignOutAsync()
    {
        await SignOut.ClickAsync();
        return await SignInPage.ArriveAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("^https?://[^/]+/$")]
    private static partial Regex HomeAddress();
}
