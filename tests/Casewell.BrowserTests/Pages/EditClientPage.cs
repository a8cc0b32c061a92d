using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/clients/{id}/edit: the profile's fields, to correct or bring up to date.</summary>
public sealed partial class EditClientPage
{
    private readonly IPage page;

    private EditClientPage(IPage page) => this.page = page;

    public ILocator Phone => page.GetByLabel("Phone", new() { Exact = true });

    public ILocator StreetAddress => page.GetByLabel("Street address");

    public static async Task<EditClientPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(EditAddress());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Edit client profile");
        await AxeCheck.AssertAccessibleAsync(page);
        return new EditClientPage(page);
    }

    public async Task<ClientProfilePage> SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        return await ClientProfilePage.ArriveAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/clients/[0-9a-f-]{36}/edit$")]
    private static partial Regex EditAddress();
}
