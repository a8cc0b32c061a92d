using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class SignInTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_sign_in_form_works_with_the_keyboard_alone()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Kim Keyboard");
        var page = await App.NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page);

        Assert.True(await signIn.TabToEmailAsync(), "Tab never reached the email field.");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("field-password", await page.EvaluateAsync<string?>("() => document.activeElement?.id"));
        await page.Keyboard.TypeAsync(BrowserApp.Password);
        await page.Keyboard.PressAsync("Enter");

        var home = await HomePage.ArriveAsync(page);
        await Assertions.Expect(home.SignedInAs).ToHaveTextAsync("Kim Keyboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_home_page_fits_a_tablet_without_sideways_scrolling()
    {
        var email = await App.CreateStaffAsync(StaffRole.Supervisor, "Tess Tablet");
        var page = await App.NewPageAsync(768, 1024);

        var home = await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);

        Assert.False(await home.ScrollsHorizontallyAsync(), "The home page scrolls sideways at 768×1024.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_accessible_error()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Wendy Wrong");
        var page = await App.NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page);

        await signIn.Email.FillAsync(email);
        await signIn.Password.FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_in_worker_sees_their_name_and_the_sign_out_button_on_screen_and_signs_out()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Otto Onscreen");
        var page = await App.NewPageAsync();
        var home = await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);

        await Assertions.Expect(home.SignedInAs).ToBeInViewportAsync();
        await Assertions.Expect(home.SignOut).ToBeInViewportAsync();
        await home.SignOutAsync();

        await page.GotoAsync("/");
        await SignInPage.ArriveAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_script_and_stylesheet_loads_before_and_after_signing_in()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Sadie Scripts");
        var page = await App.NewPageAsync();
        var problems = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url}");
        page.PageError += (_, error) => problems.Add($"script error: {error}");
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };

        var signIn = await SignInPage.OpenAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"), "blazor.web.js did not run on the sign-in page.");
        await signIn.SignInAsync(email, BrowserApp.Password);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"), "blazor.web.js did not run on the home page.");

        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }
}
