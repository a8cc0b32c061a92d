using System.Security.Cryptography;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class PrivacyReviewTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_new_colleague_activates_their_account_and_the_privacy_officer_reviews_the_grant()
    {
        var admin = await SignedInPageAsync(StaffRole.Administrator, "Ada Admin");
        await admin.GotoAsync("admin/staff");
        var name = "Val " + RandomNumberGenerator.GetHexString(6, lowercase: true);
        var email = $"val-{Guid.CreateVersion7():N}@agency.example.org";
        await admin.Locator("#field-displayname").FillAsync(name);
        await admin.Locator("#field-email").FillAsync(email);
        await admin.Locator("#field-role").SelectOptionAsync("Supervisor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();
        var link = admin.GetByTestId("activation-link");
        await Assertions.Expect(link).ToContainTextAsync("/activate?token=");
        await AxeCheck.AssertAccessibleAsync(admin);
        var url = (await link.Locator("code").InnerTextAsync()).Trim();
        await admin.Context.CloseAsync();

        var owner = await App.NewPageAsync();
        await owner.GotoAsync(url);
        await Assertions.Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Set your password", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(owner);
        await owner.Locator("#field-password").FillAsync(BrowserApp.Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await owner.WaitForURLAsync("**/sign-in**");
        await owner.Context.CloseAsync();
        var signedIn = await SignInAsync(email);
        await Assertions.Expect(signedIn.GetByTestId("signed-in-as")).ToContainTextAsync(name);
        await signedIn.Context.CloseAsync();

        var auditor = await SignedInPageAsync(StaffRole.Auditor, "Pia Privacy");
        await Assertions.Expect(auditor.GetByTestId("review-count")).ToBeVisibleAsync();
        await auditor.GotoAsync("privacy-review");
        await Assertions.Expect(auditor.GetByRole(AriaRole.Heading, new() { Name = "Privacy review", Level = 1 })).ToBeVisibleAsync();
        var row = auditor.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Role granted");
        await AxeCheck.AssertAccessibleAsync(auditor);

        await row.GetByLabel("Note").FillAsync("New supervisor for the CPS team, confirmed with HR.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();
        await Assertions.Expect(auditor.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToHaveCountAsync(0);
        await auditor.GotoAsync("privacy-review?all=true");
        await Assertions.Expect(auditor.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("confirmed with HR");
        await AxeCheck.AssertAccessibleAsync(auditor);
        await auditor.Context.CloseAsync();
    }
}
