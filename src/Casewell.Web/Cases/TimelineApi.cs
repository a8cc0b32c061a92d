using Casewell.Cases;
using Casewell.Common;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Cases;

internal static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/timeline", async Task<Results<Ok<CaseTimeline>, ApiProblem>> (Guid caseId, GetCaseTimelineHandler handler,
            CancellationToken ct, string[]? kind = null, int? page = 1, int? pageSize = null) =>
        {
            var kinds = new List<CaseEventKind>();
            foreach (var k in kind ?? [])
            {
                if (!ApiQuery.TryEnum<CaseEventKind>(k, default, out var parsed) || string.IsNullOrWhiteSpace(k))
                    return ApiQuery.Invalid("kind", string.Join(", ", Enum.GetNames<CaseEventKind>()));
                kinds.Add(parsed);
            }
            return (await handler.Handle(new GetCaseTimeline(caseId, kinds, page, pageSize), ct)).ToResults(TypedResults.Ok);
        }).WithTags("Cases").RequireAuthorization()
            .WithName("GetCaseTimeline").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("Everything that happened on a case, newest first; repeat kind= to show only those kinds. Reading it is audited.");
        return api;
    }
}
