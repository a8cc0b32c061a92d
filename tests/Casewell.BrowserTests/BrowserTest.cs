using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>Base of every browser test class: skips (or fails under CI) when no Chromium is configured.</summary>
public abstract class BrowserTest
{
    protected BrowserTest(BrowserApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        BrowserEnvironment.RequireChromium();
        App = app;
    }

    protected BrowserApp App { get; }

    /// <summary>A new staff account with this role, signed in on a page of its own, at home.</summary>
    protected async Task<IPage> SignedInPageAsync(StaffRole role, string displayName, int width = 1280, int height = 900) =>
        await SignInAsync(await App.CreateStaffAsync(role, displayName), width, height);

    /// <summary>An existing account (made with <see cref="BrowserApp.Password"/>) signed in on a page of its own, at home.</summary>
    protected async Task<IPage> SignInAsync(string email, int width = 1280, int height = 900)
    {
        var page = await App.NewPageAsync(width, height);
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);
        return page;
    }

    protected Task<IPage> SignInAsync(SetupPerson person, int width = 1280, int height = 900) =>
        SignInAsync((person ?? throw new ArgumentNullException(nameof(person))).Email, width, height);
}
