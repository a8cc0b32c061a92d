using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class ClientProfileTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_profile_and_edit_pages_fit_a_tablet_without_sideways_scrolling()
    {
        var page = await SignedInPageAsync(StaffRole.CaseWorker, "Tess Tablet", 768, 1024);
        var profile = await (await RegisterClientPage.OpenAsync(page)).RegisterAsync("Maximiliana", "Montgomery-Fitzgerald", "1990-07-04");
        Assert.False(await profile.ScrollsHorizontallyAsync(), "The profile scrolls sideways at 768×1024.");

        var edit = await profile.EditAsync();
        Assert.False(await edit.ScrollsHorizontallyAsync(), "The edit page scrolls sideways at 768×1024.");
        await edit.Phone.FillAsync("(555) 010-2030");
        await edit.StreetAddress.FillAsync("12345 North Martin Luther King Junior Boulevard Extension");

        // Now with its history table, the widest thing a profile shows.
        var edited = await edit.SaveAsync();
        await Assertions.Expect(edited.History).ToContainTextAsync("12345 North Martin Luther King Junior Boulevard Extension");
        Assert.False(await edited.ScrollsHorizontallyAsync(), "The profile with its history scrolls sideways at 768×1024.");
        await page.Context.CloseAsync();
    }
}
