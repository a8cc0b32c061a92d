using Casewell.Common;
using Casewell.Restrictions;
using Casewell.Web.Hosting;

namespace Casewell.Web.Restrictions;

/// <summary>
/// Restricting clients and cases, and their access lists. Open to every signed-in account at the door: who may
/// manage which record is the handlers' (the privacy officer any, a supervisor their teams' cases), and a record the
/// caller cannot see answers 404 exactly as one that does not exist.
/// </summary>
internal static class RestrictionsApi
{
    public sealed record RestrictionRequest(RestrictionReason? Reason, string? Note, IReadOnlyList<Guid>? AccessList);

    public static RouteGroupBuilder MapRestrictionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/restrictions", async (ListRestrictionsHandler handler, CancellationToken ct, int page = 1, int pageSize = 25) =>
            (await handler.Handle(new ListRestrictions(page, pageSize), ct)).ToResults(TypedResults.Ok))
            .WithTags("Restrictions").WithName("ListRestrictions").ProducesProblems(ResultKind.Forbidden)
            .WithSummary("Every restriction in force, newest first: the privacy officer's list (audited with the clients it names).");
        Map(api.MapGroup("/clients/{recordId:guid}/restriction").WithTags("Restrictions"), RestrictedRecordKind.Client, "Client");
        Map(api.MapGroup("/cases/{recordId:guid}/restriction").WithTags("Restrictions"), RestrictedRecordKind.Case, "Case");
        return api;
    }

    private static void Map(RouteGroupBuilder group, RestrictedRecordKind kind, string name)
    {
        var managed = new[] { ResultKind.NotFound, ResultKind.Forbidden };
        group.MapGet("/", async (Guid recordId, GetRestrictionHandler handler, CancellationToken ct) =>
            (await handler.Handle(new GetRestriction(kind, recordId), ct)).ToResults(TypedResults.Ok))
            .WithName($"Get{name}Restriction").ProducesProblems(managed)
            .WithSummary($"The restriction on a {name.ToLowerInvariant()} (null when there is none), for those who manage it.");
        group.MapPut("/", async (Guid recordId, RestrictionRequest body, RestrictRecordHandler handler, CancellationToken ct) =>
            (await handler.Handle(new RestrictRecord(kind, recordId, body.Reason, body.Note, body.AccessList), ct)).ToResults(TypedResults.Ok))
            .WithName($"Restrict{name}").ProducesProblems([.. managed, ResultKind.Invalid, ResultKind.Refused])
            .WithSummary($"Restrict a {name.ToLowerInvariant()}, or change why: the caller and the staff named go on its access list (audited).");
        group.MapDelete("/", async (Guid recordId, LiftRestrictionHandler handler, CancellationToken ct) =>
            (await handler.Handle(new LiftRestriction(kind, recordId), ct)).ToResults())
            .WithName($"Lift{name}Restriction").ProducesProblems([.. managed, ResultKind.Refused])
            .WithSummary($"Lift the restriction on a {name.ToLowerInvariant()} (audited; the record of it stays).");
        group.MapPut("/access/{staffId:guid}", async (Guid recordId, Guid staffId, AdmitToRestrictionHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AdmitToRestriction(kind, recordId, staffId), ct)).ToResults(TypedResults.Ok))
            .WithName($"Admit{name}RestrictionAccess").ProducesProblems([.. managed, ResultKind.Invalid, ResultKind.Refused])
            .WithSummary($"Put a staff member on a restricted {name.ToLowerInvariant()}'s access list (audited).");
        group.MapDelete("/access/{staffId:guid}", async (Guid recordId, Guid staffId, RemoveFromRestrictionHandler handler, CancellationToken ct) =>
            (await handler.Handle(new RemoveFromRestriction(kind, recordId, staffId), ct)).ToResults(TypedResults.Ok))
            .WithName($"Remove{name}RestrictionAccess").ProducesProblems([.. managed, ResultKind.Refused])
            .WithSummary($"Take a staff member off a restricted {name.ToLowerInvariant()}'s access list (audited).");
    }
}
