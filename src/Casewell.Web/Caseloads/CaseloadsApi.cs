using Casewell.Access;
using Casewell.Caseloads;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Casewell.Web.Caseloads;

internal static class CaseloadsApi
{
    public sealed record HandOverRequest(IReadOnlyList<Guid>? ToWorkerIds, string? Reason);

    /// <summary>
    /// The query string of a caseload list. The choices are read as text, not bound as enums: binding would take
    /// "2" for a priority, and the API accepts only the names it documents.
    /// </summary>
    public sealed record CaseloadQueryString(
        [FromQuery] string? Status,
        [FromQuery] Guid? CaseTypeId,
        [FromQuery] string? Priority,
        [FromQuery] bool? OverdueOnly,
        [FromQuery] string? Sort,
        [FromQuery] bool? Descending,
        [FromQuery] int? Page,
        [FromQuery] int? PageSize)
    {
        public Result<CaseloadFilter> ToFilter()
        {
            var v = new Validation();
            var status = Choice<CaseStatus>(Status, "Status", v);
            var priority = Choice<CasePriority>(Priority, "Priority", v);
            var sort = Choice<CaseloadSort>(Sort, "Sort", v);
            if (v.HasErrors) return Result<CaseloadFilter>.Invalid(v.ToDictionary());
            return Result<CaseloadFilter>.Ok(new(status, CaseTypeId, priority, OverdueOnly ?? false, sort ?? CaseloadSort.NextDue,
                Descending ?? false, Page ?? 1, PageSize ?? CaseloadFilter.DefaultPageSize));
        }

        private static T? Choice<T>(string? text, string field, Validation v) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (ApiQuery.TryEnum(text, default(T), out var value)) return value;
            v.Add(field, new Message(ValidationMessages.UseOneOf, string.Join(", ", Enum.GetNames<T>())));
            return null;
        }
    }

    public static RouteGroupBuilder MapCaseloadsApi(this RouteGroupBuilder api)
    {
        var caseloads = api.MapGroup("").WithTags("Caseloads");

        caseloads.MapGet("/caseload", async ([AsParameters] CaseloadQueryString query, ListMyCaseloadHandler handler, CancellationToken ct) =>
            query.ToFilter() is { Succeeded: true, Value: { } filter }
                ? (await handler.Handle(new ListMyCaseload(filter), ct)).ToResults(TypedResults.Ok)
                : ApiProblem.For(query.ToFilter()))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ListMyCaseload").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("My caseload: every case not closed where I am the primary or a secondary worker; sort, filter, page (pageSize up to 100).");

        caseloads.MapGet("/staff/{workerId:guid}/caseload", async (Guid workerId, [AsParameters] CaseloadQueryString query,
                ListWorkerCaseloadHandler handler, CancellationToken ct) =>
            query.ToFilter() is { Succeeded: true, Value: { } filter }
                ? (await handler.Handle(new ListWorkerCaseload(workerId, filter), ct)).ToResults(TypedResults.Ok)
                : ApiProblem.For(query.ToFilter()))
            .RequireAuthorization(nameof(Ability.SuperviseCases))
            .WithName("ListWorkerCaseload").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("A worker's caseload as their supervisor sees it: the cases in the teams the supervisor leads.");

        caseloads.MapGet("/team-caseloads", async (ListTeamCaseloadsHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ListTeamCaseloads(), ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.OverseeCaseloads))
            .WithName("ListTeamCaseloads").ProducesProblems(ResultKind.Forbidden)
            .WithSummary("Per worker of each team I supervise (or, as program manager, of my programs): cases, weighted load, overdue tasks and contacts; and each team's unassigned cases.");

        caseloads.MapGet("/teams/{teamId:guid}/caseload", async (Guid teamId, ListTeamCaseloadsHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ListTeamCaseloads(teamId), ct)).ToResults(teams => TypedResults.Ok(teams[0])))
            .RequireAuthorization(nameof(Ability.OverseeCaseloads))
            .WithName("GetTeamCaseload").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("One team's caseload: per worker cases, weighted load, overdue tasks and contacts; and its unassigned cases.");

        caseloads.MapGet("/teams/{teamId:guid}/queue", async (Guid teamId, ListCaseQueueHandler handler, CancellationToken ct, int page = 1,
                int pageSize = CaseloadFilter.DefaultPageSize) =>
            (await handler.Handle(new ListCaseQueue(teamId, page, pageSize), ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.SuperviseCases))
            .WithName("ListCaseQueue").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("The team's unassigned queue, oldest first, with the team's workers and their weighted loads. Assign with POST /cases/{id}/assignments.");

        caseloads.MapPost("/staff/{workerId:guid}/handover", async (Guid workerId, HandOverRequest body, HandOverCaseloadHandler handler, CancellationToken ct) =>
            (await handler.Handle(new HandOverCaseload(workerId, body.ToWorkerIds, body.Reason), ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.SuperviseCases))
            .WithName("HandOverCaseload").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Hand over a worker's active cases in the teams I supervise to one or several workers (balanced by weighted load), ending their secondary assignments there.");
        return api;
    }
}
