using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class SearchClientsTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_misspelled_name_finds_the_client_and_the_keyboard_opens_the_profile()
    {
        var page = await SignedInPageAsync(StaffRole.IntakeWorker, "Sam Searcher");
        var william = await (await RegisterClientPage.OpenAsync(page)).RegisterAsync("William", "Johnson", "1984-03-12");
        var register = await RegisterClientPage.OpenAsync(page);
        await register.FillAsync("Bill", "Jonson", "1984-12-03");
        await register.CheckAsync();
        await register.ConfirmNewPersonAsync();

        var search = await SearchClientsPage.OpenAsync(page);
        await search.SearchAsync("wiliam jonsen");

        await Assertions.Expect(search.Result("William Johnson")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        Assert.True(await search.TabToResultAsync("William Johnson"), "Tab never reached William Johnson in the results.");
        await page.Keyboard.PressAsync("Enter");

        var profile = await ClientProfilePage.ArriveAsync(page);
        await Assertions.Expect(profile.Name).ToHaveTextAsync("William Johnson");
        Assert.Equal(william.ClientId, profile.ClientId);
        await page.Context.CloseAsync();
    }
}
