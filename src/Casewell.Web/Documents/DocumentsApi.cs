using Casewell.Access;
using Casewell.Common;
using Casewell.Documents;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Casewell.Web.Documents;

internal static class DocumentsApi
{
    public sealed record DocumentPage(IReadOnlyList<DocumentView> Items, int Page, int PageSize, bool HasMore)
    {
        public static DocumentPage Of(PageOf<Document> page) => new([.. page.Items.Select(DocumentView.Of)], page.Page, page.PageSize, page.HasMore);
    }

    private const string UploadSummary = "Upload a document as multipart/form-data: category (CourtOrder, ConsentForm, Identification, MedicalRecord, "
        + "SchoolRecord, Correspondence or Other), description, and file: a PDF, PNG, JPEG, GIF or Word (.docx) file, told by its content, whose name "
        + "must not say another type, of at most Documents:MaxMegabytes (25 MB by default).";

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var client = api.MapGroup("/clients/{clientId:guid}/documents").WithTags("Documents");
        client.MapGet("/", async Task<Results<Ok<DocumentPage>, ApiProblem>> (Guid clientId, DocumentReads reads, CancellationToken ct, int? page = 1,
                int? pageSize = null) =>
            (await reads.ClientDocumentsAsync(clientId, page, pageSize, ct)).ToResults(list => TypedResults.Ok(DocumentPage.Of(list.Documents))))
            .RequireAuthorization(nameof(Ability.ReadClients))
            .WithName("ListClientDocuments").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("The client's own documents (not those of their cases), newest first, paged; the list is recorded in the audit trail.");
        client.MapPost("/", async Task<Results<Created<CreatedId>, ApiProblem>> (Guid clientId, HttpRequest http, UploadDocumentHandler handler,
                DocumentStaging staging, DocumentSettings settings, CancellationToken ct) =>
            (await handler.Handle(new UploadDocument(DocumentOwner.Client(clientId), c => MultipartDocument.ReadAsync(http, staging, settings.MaxBytes, c)), ct))
                .ToResults(Created))
            .RequireAuthorization(nameof(Ability.EditClients))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadClientDocument").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary(UploadSummary);

        var @case = api.MapGroup("/cases/{caseId:guid}/documents").WithTags("Documents");
        @case.MapGet("/", async Task<Results<Ok<DocumentPage>, ApiProblem>> (Guid caseId, DocumentReads reads, CancellationToken ct, int? page = 1,
                int? pageSize = null) =>
            (await reads.CaseDocumentsAsync(caseId, page, pageSize, ct)).ToResults(list => TypedResults.Ok(DocumentPage.Of(list.Documents))))
            .RequireAuthorization()
            .WithName("ListCaseDocuments").ProducesProblems(ResultKind.NotFound)
            .WithSummary("The case's documents, newest first, paged; the list is recorded in the audit trail.");
        @case.MapPost("/", async Task<Results<Created<CreatedId>, ApiProblem>> (Guid caseId, HttpRequest http, UploadDocumentHandler handler,
                DocumentStaging staging, DocumentSettings settings, CancellationToken ct) =>
            (await handler.Handle(new UploadDocument(DocumentOwner.Case(caseId), c => MultipartDocument.ReadAsync(http, staging, settings.MaxBytes, c)), ct))
                .ToResults(Created))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadCaseDocument").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary(UploadSummary);

        api.MapGet("/documents/{documentId:guid}", async Task<Results<FileStreamHttpResult, RedirectHttpResult, ApiProblem>> (Guid documentId,
                DocumentReads reads, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var result = await reads.DownloadAsync(documentId, ct);
            if (result.Failed) return ApiProblem.For(result);
            var (document, content, unavailable) = result.Value!;
            if (content is null)
            {
                // A person who followed the page's link is taken back to the list, which says what is wrong; a program gets the problem.
                if (WantsPage(request)) return TypedResults.Redirect(ListOf(document) + "?unavailable=" + (unavailable!.Code == DocumentMessages.StoredFileDamaged ? "damaged" : "missing"));
                return ApiProblem.For(Result.Refused(unavailable!));
            }
            Attach(response, document);
            return TypedResults.File(content, document.ContentType);
        })
            .RequireAuthorization(nameof(Ability.ReadClients)).WithTags("Documents")
            .Produces<byte[]>(StatusCodes.Status200OK, DocumentTypes.MediaType(DocumentType.Pdf), DocumentTypes.MediaType(DocumentType.Png),
                DocumentTypes.MediaType(DocumentType.Jpeg), DocumentTypes.MediaType(DocumentType.Gif), DocumentTypes.MediaType(DocumentType.Docx))
            .WithName("DownloadDocument").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden, ResultKind.Refused)
            .WithSummary("The document's file, as an attachment, once its SHA-256 matches the upload's; 422 when the stored file is missing or damaged, "
                + "403 through an emergency grant (a browser asking for HTML is sent back to the list instead). The download is recorded in the audit trail.");
        return api;
    }

    private static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    private static string ListOf(Document document) => document.CaseId is { } caseId ? $"/cases/{caseId}/documents" : $"/clients/{document.ClientId}/documents";

    private static Created<CreatedId> Created(Guid id) => TypedResults.Created($"{ApiPaths.Prefix}/documents/{id}", new CreatedId(id));

    /// <summary>
    /// Always an attachment, never shown in the browser's own origin: a plain ASCII name for old clients and the full
    /// name in <c>filename*</c>, and no sniffing of the type, which was decided by the content at upload.
    /// </summary>
    public static void Attach(HttpResponse response, Document document)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(document);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.FileName = HeaderUtilities.EscapeAsQuotedString(DocumentFileName.AsciiForDownload(document.FileName, document.Type));
        disposition.FileNameStar = document.FileName;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
