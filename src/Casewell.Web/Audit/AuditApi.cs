using Casewell.Access;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Audit;

internal static class AuditApi
{
    private const string Filters = "Filters: clientId (entries naming the client and list reads that showed them), caseId (the case's own entries), "
        + "actorId, action (repeatable, stored names), group (repeatable: Reads, Changes, Exports, SignIns, Refusals, EmergencyAccess, PermissionChanges), "
        + "from and to (yyyy-MM-dd, the agency's calendar days, both included).";

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(nameof(Ability.ReadAuditTrail));
        audit.MapGet("/", async Task<Results<Ok<IReadOnlyList<AuditLine>>, ApiProblem>> (ListAuditTrailHandler handler, CancellationToken ct,
            string? clientId, string? actorId, string? caseId, string[]? action, string[]? group, string? from, string? to, string? before, string? pageSize) =>
            (await handler.Handle(new AuditTrailFilter(actorId, clientId, caseId, action, group, from, to, before, pageSize), ct)).ToResults(TypedResults.Ok))
            .WithName("ListAuditTrail").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("The audit trail, newest first, up to pageSize (1-200, 50) entries; the next page is before=<the last entry's sequence>. "
                + Filters + " Reading it is audited.");
        audit.MapGet("/export", async Task<Results<PushStreamHttpResult, ApiProblem>> (ExportAuditTrailHandler handler, AgencyTime time,
            IStringLocalizer<AuditStrings> words, CancellationToken ct,
            string? clientId, string? actorId, string? caseId, string[]? action, string[]? group, string? from, string? to, string? before) =>
        {
            var result = await handler.Handle(new AuditTrailFilter(actorId, clientId, caseId, action, group, from, to, before), ct);
            return result.ToResults(export => TypedResults.Stream(body => AuditCsv.WriteAsync(body, export.Lines, time, words, ct),
                CsvText.MediaType, "audit-trail.csv"));
        })
            .WithName("ExportAuditTrail").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .Produces<string>(StatusCodes.Status200OK, CsvText.MediaType)
            .WithSummary("The filtered audit trail as CSV, newest first, streamed: every matching entry up to "
                + $"{ExportAuditTrailHandler.MaxRows} rows (a last line says when it stopped). " + Filters + " The export is audited with its filters.");
        return api;
    }
}
