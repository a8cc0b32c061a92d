using Casewell.Access;
using Casewell.Common;
using Casewell.Court;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Court;

internal static class HearingsApi
{
    public sealed record PartyRequest(string? Name, string? Role);

    /// <summary>startsAt: an instant with its offset (2026-03-02T09:30:00-05:00); stored in UTC, shown in the agency's time.</summary>
    public sealed record ScheduleRequest(DateTimeOffset? StartsAt, CourtHearingType? Type, string? Court, string? Judge, IReadOnlyList<PartyRequest>? Parties);

    public sealed record OutcomeRequest(string? Outcome, DateTimeOffset? NextStartsAt, CourtHearingType? NextType);

    public sealed record ContinuanceRequest(DateTimeOffset? StartsAt, string? Reason);

    public sealed record CancellationRequest(string? Reason);

    public static RouteGroupBuilder MapHearingsApi(this RouteGroupBuilder api)
    {
        ResultKind[] changeProblems = [ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden];
        var caseHearings = api.MapGroup("/cases/{caseId:guid}/hearings").WithTags("Court hearings").RequireAuthorization();
        caseHearings.MapPost("/", async (Guid caseId, ScheduleRequest body, ScheduleHearingHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new ScheduleHearing(caseId, body.StartsAt, body.Type, body.Court, body.Judge,
                body.Parties?.Select(p => p is null ? null! : new CourtHearingPartyDetails(p.Name, p.Role)).ToList()), ct))
                .ToResults(scheduled =>
                {
                    IfMatch.Write(response, scheduled.Version);
                    return TypedResults.Created($"{ApiPaths.Prefix}/hearings/{scheduled.HearingId}", scheduled);
                }))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ScheduleHearing").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden).WithETag()
            .WithSummary("Schedule a court hearing on a case you work on (in the future); it adds a preparation task for the case's primary worker, due Court:PreparationDays days before (7 unless set).");
        caseHearings.MapGet("/", async Task<Results<Ok<CaseHearings>, ApiProblem>> (Guid caseId, ListCaseHearingsHandler handler, CancellationToken ct,
            string? status = null, int? page = 1, int? pageSize = null) =>
        {
            if (!ApiQuery.TryEnum<HearingListFilter>(status, HearingListFilter.Upcoming, out var filter)) return ApiQuery.Invalid("status", "upcoming or past");
            return (await handler.Handle(new ListCaseHearings(caseId, filter, page, pageSize), ct)).ToResults(TypedResults.Ok);
        }).WithName("ListCaseHearings").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("A case's court hearings still to be held, soonest first (status=past: the held and cancelled ones, latest first), paged.");

        var hearings = api.MapGroup("/hearings").WithTags("Court hearings").RequireAuthorization();
        hearings.MapGet("/{hearingId:guid}", async (Guid hearingId, GetCourtHearingHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new GetCourtHearing(hearingId), ct)).ToResults(detail =>
            {
                IfMatch.Write(response, detail.Hearing.Version);
                return TypedResults.Ok(detail);
            }))
            .WithName("GetCourtHearing").ProducesProblems(ResultKind.NotFound).WithETag()
            .WithSummary("A court hearing and its case, with its ETag for recording its outcome, continuing or cancelling it.");
        hearings.MapPost("/{hearingId:guid}/outcome", async Task<Results<Ok<RecordedHearingOutcome>, ApiProblem>> (Guid hearingId, OutcomeRequest body,
            HttpRequest http, HttpResponse response, RecordHearingOutcomeHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("hearing");
            return (await handler.Handle(new RecordHearingOutcome(hearingId, version, body.Outcome, body.NextStartsAt, body.NextType), ct)).ToResults(recorded =>
            {
                IfMatch.Write(response, recorded.Version);
                return TypedResults.Ok(recorded);
            });
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("RecordHearingOutcome").RequiresIfMatch("hearing").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Record what the court decided, once the hearing's time has come; a next date schedules the next hearing (If-Match: the hearing's ETag).");
        hearings.MapPost("/{hearingId:guid}/continuance", async Task<Results<NoContent, ApiProblem>> (Guid hearingId, ContinuanceRequest body, HttpRequest http,
            HttpResponse response, ContinueHearingHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("hearing");
            return (await handler.Handle(new ContinueHearing(hearingId, version, body.StartsAt, body.Reason), ct)).ToResults(NoContentWithVersion(response));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ContinueHearing").RequiresIfMatch("hearing").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Move a hearing the court continued to its new date, with the reason; its preparation task moves too (If-Match: the hearing's ETag).");
        hearings.MapPost("/{hearingId:guid}/cancellation", async Task<Results<NoContent, ApiProblem>> (Guid hearingId, CancellationRequest body, HttpRequest http,
            HttpResponse response, CancelHearingHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("hearing");
            return (await handler.Handle(new CancelHearing(hearingId, version, body.Reason), ct)).ToResults(NoContentWithVersion(response));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("CancelHearing").RequiresIfMatch("hearing").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Cancel a hearing that will not take place, with the reason; its preparation task is cancelled too (If-Match: the hearing's ETag).");
        hearings.MapGet("/mine", async (ListMyHearingsHandler handler, CancellationToken ct, int? page = 1, int? pageSize = null) =>
                TypedResults.Ok(await handler.Handle(new ListMyHearings(page, pageSize), ct)))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ListMyHearings").ProducesProblems(ResultKind.Invalid)
            .WithSummary($"The court hearings of your cases from today through the next {ListMyHearingsHandler.Days} days, soonest first, paged.");
        return api;
    }

    private static Func<int, NoContent> NoContentWithVersion(HttpResponse response) => version =>
    {
        IfMatch.Write(response, version);
        return TypedResults.NoContent();
    };
}
