using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>/cases/{id}/documents and /clients/{id}/documents: the record's documents, and the form to upload one.</summary>
public sealed class DocumentsPage
{
    private readonly IPage page;

    private DocumentsPage(IPage page) => this.page = page;

    public ILocator Documents => page.GetByTestId("documents");

    public ILocator Message => page.GetByRole(AriaRole.Status);

    public ILocator ErrorSummary => page.Locator("#error-summary");

    /// <summary>From the case page, by its link, as a worker goes there.</summary>
    public static async Task<DocumentsPage> FromCasePageAsync(IPage page, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/cases/{caseId}");
        await page.GetByTestId("documents-link").ClickAsync();
        return await ArriveAsync(page);
    }

    public static async Task<DocumentsPage> ArriveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Documents", Level = 1 })).ToBeVisibleAsync();
        return new DocumentsPage(page);
    }

    public async Task<DocumentsPage> UploadAsync(string category, string description, FilePayload file)
    {
        // Required fields are found by id: their labels end in the required mark.
        await page.Locator("#field-category").SelectOptionAsync(new SelectOptionValue { Label = category });
        await page.Locator("#field-description").FillAsync(description);
        await page.Locator("#field-file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload the document" }).ClickAsync();
        return await ArriveAsync(page);
    }

    /// <summary>Follows the document's link and waits for the browser's download.</summary>
    public Task<IDownload> DownloadAsync(string fileName) =>
        page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Download {fileName}" }).ClickAsync());
}
