using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/clients/{id}: a client's profile, with household, care team and history.</summary>
public sealed partial class ClientProfilePage
{
    private readonly IPage page;

    private ClientProfilePage(IPage page, string clientId)
    {
        this.page = page;
        ClientId = clientId;
    }

    public ILocator Name => page.GetByTestId("client-name");

    /// <summary>"The client is registered.", shown once after intake.</summary>
    public ILocator RegisteredMessage => page.GetByRole(AriaRole.Status);

    public ILocator History => page.GetByRole(AriaRole.Table, new() { Name = "Profile history" });

    public string ClientId { get; }

    public static async Task<ClientProfilePage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(ProfileAddress());
        await Assertions.Expect(page.GetByTestId("client-name")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        return new ClientProfilePage(page, ProfileAddress().Match(page.Url).Groups["id"].Value);
    }

    public async Task<EditClientPage> EditAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" }).ClickAsync();
        return await EditClientPage.ArriveAsync(page);
    }

    public Task<bool> ScrollsHorizontallyAsync() => SidewaysScrolling.IsNeededAsync(page);

    [GeneratedRegex("/clients/(?<id>[0-9a-f-]{36})(\\?registered=1)?$")]
    private static partial Regex ProfileAddress();
}
