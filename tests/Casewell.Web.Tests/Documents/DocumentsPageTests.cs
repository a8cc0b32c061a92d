using System.Net;
using System.Net.Http.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Documents;

/// <summary>The documents pages of a case and of a client, posted as a browser without JavaScript would.</summary>
public abstract class DocumentsPageTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<(string Html, Dictionary<string, string> Inputs)> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return (html, HtmlForm.Inputs(html));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, Dictionary<string, string> inputs, string category,
        string description, (string Name, byte[] Content)? file)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("upload-document"), "_handler" },
            { new StringContent(inputs["__RequestVerificationToken"]), "__RequestVerificationToken" },
            { new StringContent(category), "Form.Category" },
            { new StringContent(description), "Form.Description" },
        };
        if (file is { } f) content.Add(new ByteArrayContent(f.Content), "DocumentFile", f.Name);
        return await client.PostAsync(path, content, Cancellation);
    }

    [Fact]
    public async Task A_worker_uploads_a_court_order_on_the_case_page_and_finds_it_listed_with_its_download()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var casePage = await worker.Http.GetStringAsync($"/cases/{@case.Id}", Cancellation);
        Assert.Contains($"href=\"cases/{@case.Id}/documents\"", casePage, StringComparison.Ordinal);
        var path = $"/cases/{@case.Id}/documents";
        var (empty, inputs) = await OpenAsync(worker.Http, path);
        Assert.Contains("data-testid=\"no-documents\"", empty, StringComparison.Ordinal);

        var posted = await UploadAsync(worker.Http, path, inputs, "CourtOrder", "Temporary custody order", ("custody order.pdf", DocumentFiles.Pdf));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (html, _) = await OpenAsync(worker.Http, posted.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal));
        Assert.Contains("The document is uploaded.", html, StringComparison.Ordinal);
        Assert.Contains("custody order.pdf", html, StringComparison.Ordinal);
        Assert.Contains("Court order", html, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(api/v1/documents/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Equal(DocumentFiles.Pdf, await worker.Http.GetByteArrayAsync("/" + link, Cancellation));
    }

    [Fact]
    public async Task An_upload_without_a_kind_or_a_file_or_with_a_renamed_file_is_sent_back_with_the_message_at_each_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/clients/{@case.ClientId}/documents";
        var (_, inputs) = await OpenAsync(worker.Http, path);

        var missing = await UploadAsync(worker.Http, path, inputs, "", "", null);
        var html = await missing.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose what kind of document this is.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a description of the document.", html, StringComparison.Ordinal);
        Assert.Contains("Choose a file to upload.", html, StringComparison.Ordinal);

        var renamed = await UploadAsync(worker.Http, path, inputs, "MedicalRecord", "Discharge letter", ("discharge.pdf", DocumentFiles.Png));
        Assert.Contains("The file is named .pdf but its content is a PNG image.", await renamed.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var (after, _) = await OpenAsync(worker.Http, path);
        Assert.Contains("data-testid=\"no-documents\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_one_may_not_read_has_no_documents_page_and_a_grant_shows_the_list_without_downloads_or_the_form()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var (_, inputs) = await OpenAsync(worker.Http, $"/clients/{@case.ClientId}/documents");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(worker.Http, $"/clients/{@case.ClientId}/documents", inputs, "Identification", "Passport",
            ("passport.png", DocumentFiles.Png))).StatusCode);
        var stranger = await world.AddStaffAsync(StaffRole.CaseWorker, "Stella Stranger", teamId: Guid.Empty);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/cases/{@case.Id}/documents", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/clients/{@case.ClientId}/documents", Cancellation)).StatusCode);

        await Succeeds(await stranger.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/emergency-access",
            new { reason = "The client called in crisis and their worker is away." }, Cancellation));
        var (html, _) = await OpenAsync(stranger.Http, $"/clients/{@case.ClientId}/documents");
        Assert.Contains("data-testid=\"emergency-banner\"", html, StringComparison.Ordinal);
        Assert.Contains("passport.png", html, StringComparison.Ordinal);
        Assert.Contains("Not available through emergency access", html, StringComparison.Ordinal);
        Assert.DoesNotContain("api/v1/documents/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("upload-document", html, StringComparison.Ordinal);
    }
}

public sealed class DocumentsPageTests_on_Sqlite(SqliteApp app) : DocumentsPageTests(app), IClassFixture<SqliteApp>;

public sealed class DocumentsPageTests_on_Postgres(PostgresApp app) : DocumentsPageTests(app), IClassFixture<PostgresApp>;
