using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>
/// The automatic log-off as a worker meets it, with the browser's clock under the test's control (the app's idle
/// timeout is its default, 15 minutes): the warning comes two minutes before, "Stay signed in" keeps the session,
/// and after the log-off the worker signs in and is back on the page they were on.
/// </summary>
public sealed class IdleLogOffTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_worker_is_warned_can_stay_and_after_the_log_off_comes_back_to_their_page()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Ida Idle");
        var page = await App.NewPageAsync();
        await page.Clock.InstallAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);
        await page.GotoAsync("/clients?q=Nobody");
        var warning = page.Locator("#idle-warning");
        await Assertions.Expect(warning).ToBeHiddenAsync();

        // 12 minutes without activity: nothing yet. At 13, the warning, with the stay button focused.
        await page.Clock.FastForwardAsync("12:00");
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("01:30");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync("You will be signed out in");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeFocusedAsync();
        await AxeCheck.AssertAccessibleAsync(page);

        // Staying asks the server (the session is still good) and puts the warning away.
        var keptAlive = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/v1/session", StringComparison.Ordinal) && r.Request.Method == "GET");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(200, (await keptAlive).Status);
        await Assertions.Expect(warning).ToBeHiddenAsync();

        // Counted again from the stay: 14 minutes later it warns, it has not signed out.
        await page.Clock.FastForwardAsync("14:00");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        Assert.EndsWith("/clients?q=Nobody", page.Url, StringComparison.Ordinal);

        // One more minute: signed out, on the server too, and told why.
        await page.Clock.FastForwardAsync("01:05");
        await SignInPage.ArriveAsync(page);
        await Assertions.Expect(page.GetByText("You were signed out after a period without activity")).ToBeVisibleAsync();
        var status = await page.EvaluateAsync<int>("async () => (await fetch('/api/v1/session', { cache: 'no-store' })).status");
        Assert.Equal(401, status);

        // Signing in again lands on the page the worker was on.
        await page.Locator("#field-email").FillAsync(email);
        await page.Locator("#field-password").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/clients\\?q=Nobody$"));
        await page.Context.CloseAsync();
    }
}
