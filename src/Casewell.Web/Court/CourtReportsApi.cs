using Casewell.Access;
using Casewell.Common;
using Casewell.Court;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Court;

internal static class CourtReportsApi
{
    public sealed record DraftRequest(DateOnly? From, DateOnly? To, string? Court, Guid? HearingId);

    /// <summary>A part left out (null) stays as it is.</summary>
    public sealed record RevisionRequest(string? Court, string? CaseDetails, string? Household, string? History, string? Recommendations);

    public static RouteGroupBuilder MapCourtReportsApi(this RouteGroupBuilder api)
    {
        var onCase = api.MapGroup("/cases/{caseId:guid}/court-reports").WithTags("Court reports").RequireAuthorization();
        onCase.MapPost("/", async (Guid caseId, DraftRequest body, CreateCourtReportDraftHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new CreateCourtReportDraft(caseId, body.From, body.To, body.Court, body.HearingId), ct)).ToResults(created =>
            {
                IfMatch.Write(response, created.Version);
                return TypedResults.Created($"{ApiPaths.Prefix}/court-reports/{created.ReportId}", created);
            }))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("CreateCourtReportDraft").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden).WithETag()
            .WithSummary("Compile a draft report to a court from the case's signed notes of contacts in a period (from, to: agency days), or for one of its hearings "
                + "(hearingId: the court and, unless given, the period since the court last heard the case); 422 when no signed note of a contact is in the period.");
        onCase.MapGet("/", async (Guid caseId, ListCourtReportsHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ListCourtReports(caseId), ct)).ToResults(TypedResults.Ok))
            .WithName("ListCourtReports").ProducesProblems(ResultKind.NotFound)
            .WithSummary("A case's court reports, newest first (at most 100).");

        var reports = api.MapGroup("/court-reports/{reportId:guid}").WithTags("Court reports").RequireAuthorization();
        reports.MapGet("/", async (Guid reportId, GetCourtReportHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new GetCourtReport(reportId), ct)).ToResults(report =>
            {
                IfMatch.Write(response, report.Version);
                return TypedResults.Ok(report);
            }))
            .WithName("GetCourtReport").ProducesProblems(ResultKind.NotFound).WithETag()
            .WithSummary("A court report with its sections and contacts, and its ETag for editing it.");
        reports.MapPut("/", async Task<Results<NoContent, ApiProblem>> (Guid reportId, RevisionRequest body, HttpRequest http, HttpResponse response,
            ReviseCourtReportHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("court report");
            return (await handler.Handle(new ReviseCourtReport(reportId, version, body.Court, body.CaseDetails, body.Household, body.History,
                body.Recommendations), ct)).ToResults(saved =>
                {
                    IfMatch.Write(response, saved);
                    return TypedResults.NoContent();
                });
        })
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ReviseCourtReport").RequiresIfMatch("court report")
            .ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Forbidden).WithETag()
            .WithSummary("Save your edit of a report's court and sections, the recommendations among them (If-Match: the report's ETag); a part left out stays as it is.");
        reports.MapGet("/docx", async Task<Results<FileContentHttpResult, ApiProblem>> (Guid reportId, ExportCourtReportHandler handler,
            IStringLocalizer<CourtReportStrings> words, IStringLocalizer<TasksStrings> kinds, IStringLocalizer<NotesStrings> notes, AgencyTime time,
            CancellationToken ct) =>
        {
            var result = await handler.Handle(new ExportCourtReport(reportId, CourtReportRead.Word), ct);
            if (result.Failed) return ApiProblem.For(result);
            var document = CourtReportDocument.Of(result.Value!, words, kinds, notes, time);
            return TypedResults.File(CourtReportWord.Write(document), CourtReportWord.MediaType, CourtReportFileName.Of(result.Value!, "docx"));
        })
            .Produces<byte[]>(StatusCodes.Status200OK, CourtReportWord.MediaType)
            .WithName("DownloadCourtReportWord").ProducesProblems(ResultKind.NotFound)
            .WithSummary("The report as a Word document, made from its saved content; each download is recorded in the audit trail.");
        reports.MapGet("/pdf", async Task<Results<FileContentHttpResult, ApiProblem>> (Guid reportId, ExportCourtReportHandler handler,
            IStringLocalizer<CourtReportStrings> words, IStringLocalizer<TasksStrings> kinds, IStringLocalizer<NotesStrings> notes, AgencyTime time,
            CancellationToken ct) =>
        {
            // Before the read: a server that cannot make the file records no export of it.
            if (!CourtReportPdf.CanWrite)
            {
                return new ApiProblem(TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF unavailable",
                    detail: words["Pdf_Unavailable"]));
            }
            var result = await handler.Handle(new ExportCourtReport(reportId, CourtReportRead.Pdf), ct);
            if (result.Failed) return ApiProblem.For(result);
            var document = CourtReportDocument.Of(result.Value!, words, kinds, notes, time);
            return TypedResults.File(CourtReportPdf.Write(document), CourtReportPdf.MediaType, CourtReportFileName.Of(result.Value!, "pdf"));
        })
            .Produces<byte[]>(StatusCodes.Status200OK, CourtReportPdf.MediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("DownloadCourtReportPdf").ProducesProblems(ResultKind.NotFound)
            .WithSummary("The report as a PDF, made in process from its saved content; each download is recorded in the audit trail.");
        return api;
    }
}
