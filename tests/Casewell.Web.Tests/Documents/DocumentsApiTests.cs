using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Documents;

/// <summary>
/// Documents over the API with real files: uploaded to a case and to a client, listed and downloaded as attachments with
/// the bytes that were sent; every file that is not what it says refused with its reason; others answered as if there
/// were no such record; a grant lists but hands out no file; a stored file that went missing or changed is reported.
/// The apps run with Documents:MaxMegabytes at 1 (<see cref="CasewellApp"/>).
/// </summary>
public abstract class DocumentsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task A_worker_files_a_PDF_a_PNG_and_a_Word_document_on_a_case_and_downloads_each_as_it_was_sent()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var files = new (byte[] Bytes, string Name, string Type)[]
        {
            (DocumentFiles.Pdf, "custody order.pdf", "application/pdf"),
            (DocumentFiles.Png, "school photo.PNG", "image/png"),
            (DocumentFiles.Docx(), "attendance letter.docx", DocxType),
        };
        foreach (var (bytes, name, type) in files)
        {
            var id = await UploadAsync(worker.Http, $"/api/v1/cases/{@case.Id}/documents", bytes, name);

            using var download = await worker.Http.GetAsync($"/api/v1/documents/{id}", Cancellation);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(type, download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(name, download.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Cancellation));
        }

        var list = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/documents", Cancellation);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { "attendance letter.docx", "school photo.PNG", "custody order.pdf" }, items.Select(i => i.GetProperty("fileName").GetString()));
        Assert.All(items, i => Assert.Equal("CourtOrder", i.GetProperty("category").GetString()));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DocumentFiles.Pdf)), items[2].GetProperty("sha256").GetString());
        Assert.False(items[0].TryGetProperty("storageKey", out _));

        var actions = await ActionsAsync(worker.Id);
        Assert.Equal(3, actions.Count(a => a == "Document.Created"));
        Assert.Equal(3, actions.Count(a => a == AuditAction.DocumentDownloaded.Name));
        Assert.Contains(AuditAction.CaseDocumentsListed.Name, actions);
    }

    [Fact]
    public async Task A_client_s_own_documents_are_listed_apart_from_those_of_their_cases()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var own = await UploadAsync(worker.Http, $"/api/v1/clients/{@case.ClientId}/documents", DocumentFiles.Pdf, "birth certificate.pdf", "Identification");
        await UploadAsync(worker.Http, $"/api/v1/cases/{@case.Id}/documents", DocumentFiles.Pdf, "order.pdf");

        var list = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{@case.ClientId}/documents", Cancellation);

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(own, item.GetProperty("id").GetGuid());
        Assert.Equal("Identification", item.GetProperty("category").GetString());
        Assert.Contains(AuditAction.ClientDocumentsListed.Name, await ActionsAsync(worker.Id));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_at_the_field_and_a_body_far_over_it_before_it_is_read()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/api/v1/cases/{@case.Id}/documents";
        var justOver = new byte[1024 * 1024 + 1];
        DocumentFiles.Pdf.CopyTo(justOver, 0);

        var over = await ProblemAsync(worker.Http, path, DocumentFiles.Form(justOver, "scan.pdf"), HttpStatusCode.BadRequest);
        Assert.Contains("1 MB or smaller", over.GetProperty("errors").GetProperty("File")[0].GetString(), StringComparison.Ordinal);

        var far = await worker.Http.PostAsync(path, DocumentFiles.Form(new byte[3 * 1024 * 1024], "scan.pdf"), Cancellation);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, far.StatusCode);
        Assert.Equal("application/problem+json", far.Content.Headers.ContentType?.MediaType);
        await NothingFiledAsync(@case.Id);
    }

    [Fact]
    public async Task Files_whose_content_is_not_what_their_name_says_or_is_nothing_Casewell_keeps_are_refused_with_the_reason()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/api/v1/cases/{@case.Id}/documents";

        var renamed = await ProblemAsync(worker.Http, path, DocumentFiles.Form(DocumentFiles.Png, "report.pdf", declaredType: "application/pdf"), HttpStatusCode.BadRequest);
        Assert.Equal("The file is named .pdf but its content is a PNG image. Check that you chose the right file, or rename it.",
            renamed.GetProperty("errors").GetProperty("File")[0].GetString());
        var program = await ProblemAsync(worker.Http, path, DocumentFiles.Form(DocumentFiles.Executable, "report.pdf", declaredType: "application/pdf"), HttpStatusCode.BadRequest);
        Assert.Contains("its content is none of these", program.GetProperty("errors").GetProperty("File")[0].GetString(), StringComparison.Ordinal);
        var zip = await ProblemAsync(worker.Http, path, DocumentFiles.Form(DocumentFiles.Zip(), "letter.docx", declaredType: DocxType), HttpStatusCode.BadRequest);
        Assert.Contains("its content is none of these", zip.GetProperty("errors").GetProperty("File")[0].GetString(), StringComparison.Ordinal);
        var empty = await ProblemAsync(worker.Http, path, DocumentFiles.Form([], "order.pdf"), HttpStatusCode.BadRequest);
        Assert.Equal("The file is empty; choose the file again.", empty.GetProperty("errors").GetProperty("File")[0].GetString());
        await NothingFiledAsync(@case.Id);
    }

    [Fact]
    public async Task Missing_or_wrong_fields_and_a_body_that_is_no_form_are_field_errors_never_a_server_error()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/api/v1/cases/{@case.Id}/documents";

        var fields = await ProblemAsync(worker.Http, path, DocumentFiles.Form(null, null, category: "7", description: "Bad\0text"), HttpStatusCode.BadRequest);
        var errors = fields.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Category", out _) && errors.TryGetProperty("Description", out _) && errors.TryGetProperty("File", out _), errors.ToString());

        using var noBoundary = new ByteArrayContent(DocumentFiles.Pdf);
        noBoundary.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");
        await ProblemAsync(worker.Http, path, noBoundary, HttpStatusCode.BadRequest);
        using var cutOff = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and no end"));
        cutOff.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        await ProblemAsync(worker.Http, path, cutOff, HttpStatusCode.BadRequest);
        // JSON is not what the operation accepts: the framework answers 415 before the handler runs.
        using var json = JsonContent.Create(new { category = "CourtOrder" });
        await ProblemAsync(worker.Http, path, json, HttpStatusCode.UnsupportedMediaType);
        await NothingFiledAsync(@case.Id);
    }

    [Fact]
    public async Task A_name_with_a_path_and_hidden_characters_is_kept_as_its_visible_last_part_and_never_reaches_the_disk()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var form = DocumentFiles.Form(null, null);
        var part = new ByteArrayContent(DocumentFiles.Pdf);
        // "..\..\etc\pass<SOH>wd<RLO>.pdf", as a hostile client may send it.
        part.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename*=UTF-8''..%5C..%5Cetc%5Cpass%01wd%E2%80%AE.pdf");
        form.Add(part);

        var created = await CreatedAsync(await worker.Http.PostAsync($"/api/v1/cases/{@case.Id}/documents", form, Cancellation));
        var id = created.GetProperty("id").GetGuid();

        using var download = await worker.Http.GetAsync($"/api/v1/documents/{id}", Cancellation);
        Assert.Equal("passwd.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("passwd.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var stored = Directory.EnumerateFiles(App.DocumentsFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".staging", StringComparison.Ordinal) && !f.Contains(".incoming", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
        Assert.Contains(id.ToString("N"), stored);
        Assert.All(stored, name => Assert.Matches("^[0-9a-f]{32}$", name));
    }

    [Fact]
    public async Task Those_who_may_not_read_the_case_are_answered_as_if_there_were_no_such_case_or_document()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var id = await UploadAsync(worker.Http, $"/api/v1/cases/{@case.Id}/documents", DocumentFiles.Pdf, "order.pdf");
        var otherTeam = await world.AddTeamAsync("Elsewhere");
        var stranger = await world.AddWorkerAsync("Sol Stranger", otherTeam);

        foreach (var (path, missing) in new[]
        {
            ($"/api/v1/documents/{id}", $"/api/v1/documents/{Guid.CreateVersion7()}"),
            ($"/api/v1/cases/{@case.Id}/documents", $"/api/v1/cases/{Guid.CreateVersion7()}/documents"),
            ($"/api/v1/clients/{@case.ClientId}/documents", $"/api/v1/clients/{Guid.CreateVersion7()}/documents"),
        })
        {
            using var hidden = await stranger.Http.GetAsync(path, Cancellation);
            using var none = await stranger.Http.GetAsync(missing, Cancellation);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            Assert.Equal((await none.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("detail").GetString(),
                (await hidden.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("detail").GetString());
        }
        using var upload = await stranger.Http.PostAsync($"/api/v1/cases/{@case.Id}/documents", DocumentFiles.Form(DocumentFiles.Pdf, "mine.pdf"), Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        var administrator = await App.SignedInAsync(StaffRole.Administrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync($"/api/v1/documents/{id}", Cancellation)).StatusCode);
        Assert.Contains(AuditAction.DocumentAccessRefused.Name, await ActionsAsync(stranger.Id));
    }

    [Fact]
    public async Task An_emergency_grant_lists_the_client_s_documents_flagged_but_downloads_none_and_uploads_none()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var id = await UploadAsync(worker.Http, $"/api/v1/clients/{@case.ClientId}/documents", DocumentFiles.Pdf, "id card.pdf", "Identification");
        var holder = await world.AddStaffAsync(StaffRole.CaseWorker, "Greta Grant", teamId: Guid.Empty);
        await Succeeds(await holder.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/emergency-access",
            new { reason = "The client called in crisis and their worker is away." }, Cancellation));

        using var list = await holder.Http.GetAsync($"/api/v1/clients/{@case.ClientId}/documents", Cancellation);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Single(list.Headers.GetValues("Casewell-Emergency-Access"));
        Assert.Contains("id card.pdf", await list.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        using var download = await holder.Http.GetAsync($"/api/v1/documents/{id}", Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        var problem = await download.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Contains("does not download its files", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var upload = await holder.Http.PostAsync($"/api/v1/clients/{@case.ClientId}/documents", DocumentFiles.Form(DocumentFiles.Pdf, "a.pdf"), Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        var actions = await ActionsAsync(holder.Id);
        Assert.DoesNotContain(AuditAction.DocumentDownloaded.Name, actions);
        Assert.Contains(AuditAction.DocumentAccessRefused.Name, actions);
    }

    [Fact]
    public async Task A_stored_file_that_changed_or_went_missing_is_reported_never_sent_and_never_a_server_error()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var id = await UploadAsync(worker.Http, $"/api/v1/cases/{@case.Id}/documents", DocumentFiles.Pdf, "order.pdf");
        var key = id.ToString("N");
        var file = Path.Combine(App.DocumentsFolder, key[^2..], key);

        await File.WriteAllBytesAsync(file, [.. DocumentFiles.Pdf.Take(DocumentFiles.Pdf.Length - 1), (byte)'!'], Cancellation);
        var damaged = await ProblemAsync(worker.Http, $"/api/v1/documents/{id}", null, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("has changed since it was uploaded", damaged.GetProperty("detail").GetString(), StringComparison.Ordinal);

        File.Delete(file);
        var missing = await ProblemAsync(worker.Http, $"/api/v1/documents/{id}", null, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cannot be found in storage", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A person who followed the page's link is sent back to the list, which says why.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{id}");
        request.Headers.Accept.ParseAdd("text/html");
        using var followed = await worker.Http.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Equal($"/cases/{@case.Id}/documents?unavailable=missing", followed.Headers.Location?.OriginalString);
        var page = await worker.Http.GetStringAsync(followed.Headers.Location, Cancellation);
        Assert.Contains("cannot be found in storage", page, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditAction.DocumentDownloaded.Name, await ActionsAsync(worker.Id));
    }

    private static async Task<Guid> UploadAsync(HttpClient http, string path, byte[] bytes, string name, string category = "CourtOrder")
    {
        using var form = DocumentFiles.Form(bytes, name, category);
        var created = await CreatedAsync(await http.PostAsync(path, form, Cancellation));
        return created.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient http, string path, HttpContent? body, HttpStatusCode expected)
    {
        using var response = body is null ? await http.GetAsync(path, Cancellation) : await http.PostAsync(path, body, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task NothingFiledAsync(Guid caseId) =>
        Assert.Equal(0, await App.WithServicesAsync(services => services.GetRequiredService<CasewellDbContext>().Documents.CountAsync(d => d.CaseId == caseId, Cancellation)));

    private Task<List<string>> ActionsAsync(Guid actorId) =>
        App.WithServicesAsync(services => services.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == actorId).Select(e => e.Action).ToListAsync(Cancellation));
}

public sealed class DocumentsApiTests_on_Sqlite(SqliteApp app) : DocumentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class DocumentsApiTests_on_Postgres(PostgresApp app) : DocumentsApiTests(app), IClassFixture<PostgresApp>;
