using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/audit: the auditor's view of the trail, its filters, presets and export.</summary>
public sealed class AuditTrailPage
{
    private readonly IPage page;

    private AuditTrailPage(IPage page) => this.page = page;

    public ILocator Lines => page.GetByTestId("audit-trail").Locator("tbody tr");

    public ILocator Row(string text) => Lines.Filter(new() { HasText = text });

    public static async Task<AuditTrailPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Level = 1 })).ToBeVisibleAsync();
        return new AuditTrailPage(page);
    }

    public async Task FilterByClientAsync(Guid clientId)
    {
        await page.GetByLabel("Client ID").FillAsync(clientId.ToString());
        await ShowAsync();
    }

    public async Task ShowAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Show entries" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public Task UsePresetAsync(string name) => page.GetByTestId("audit-presets").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

    /// <summary>The export of what the filters show, as the browser saved it.</summary>
    public async Task<string> ExportAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("audit-export").ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }
}
