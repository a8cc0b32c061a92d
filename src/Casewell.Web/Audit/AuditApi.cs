using Casewell.Access;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Audit;

internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(nameof(Ability.ReadAuditTrail));
        audit.MapGet("/", async Task<Results<Ok<IReadOnlyList<AuditLine>>, ApiProblem>> (ListAuditTrailHandler handler, CancellationToken ct,
            Guid? clientId, Guid? actorId, long? before, int pageSize = 50) =>
            await handler.Handle(new AuditTrailQuery(clientId, actorId, before, pageSize), ct) is { } lines
                ? TypedResults.Ok(lines)
                : ApiProblem.For(Result.Forbidden(new Message(AuditMessages.OnlyAuditors))))
            .WithName("ListAuditTrail").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("The audit trail, newest first; filter by client or by staff member; page with 'before'.");
        return api;
    }
}
