using Casewell.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>Needs a database without staff, so it is a class of its own.</summary>
public sealed class FirstRunTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_first_administrator_sets_up_Casewell_then_signs_in()
    {
        var token = await App.IssueSetupTokenAsync();
        var page = await App.NewPageAsync();

        var setup = await SetupPage.OpenAsync(page, token);
        var signIn = await setup.CreateAdministratorAsync("Ada Administrator", "ada@agency.example.org", BrowserApp.Password);
        var home = await signIn.SignInAsync("ada@agency.example.org", BrowserApp.Password);

        await Assertions.Expect(home.SignedInAs).ToHaveTextAsync("Ada Administrator");
        await page.Context.CloseAsync();
    }
}
