using Casewell.BrowserTests.Pages;
using Casewell.CaseTypes;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class DocumentTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    private static readonly byte[] CourtOrder = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_worker_uploads_a_court_order_to_a_case_and_downloads_it()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Dana Documents");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.General);
        var page = await App.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);

        var documents = await DocumentsPage.FromCasePageAsync(page, seeded.CaseId);
        await AxeCheck.AssertAccessibleAsync(page);

        // A file without its kind and description is kept from filing, with the reasons at the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload the document" }).ClickAsync();
        await Assertions.Expect(documents.ErrorSummary).ToContainTextAsync("Choose what kind of document this is.");
        await Assertions.Expect(documents.ErrorSummary).ToContainTextAsync("Choose a file to upload.");
        await AxeCheck.AssertAccessibleAsync(page);

        documents = await documents.UploadAsync("Court order", "Temporary custody order, family court",
            new FilePayload { Name = "custody order.pdf", MimeType = "application/pdf", Buffer = CourtOrder });
        await Assertions.Expect(documents.Message).ToContainTextAsync("The document is uploaded.");
        await Assertions.Expect(documents.Documents).ToContainTextAsync("custody order.pdf");
        await Assertions.Expect(documents.Documents).ToContainTextAsync("Court order");
        await Assertions.Expect(documents.Documents).ToContainTextAsync("Dana Documents");
        await AxeCheck.AssertAccessibleAsync(page);

        var download = await documents.DownloadAsync("custody order.pdf");
        Assert.Equal("custody order.pdf", download.SuggestedFilename);
        Assert.Equal(CourtOrder, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        await page.Context.CloseAsync();
    }
}
