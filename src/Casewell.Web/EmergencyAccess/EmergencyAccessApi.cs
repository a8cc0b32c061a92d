using Casewell.Access;
using Casewell.Common;
using Casewell.EmergencyAccess;
using Casewell.Web.Hosting;

namespace Casewell.Web.EmergencyAccess;

internal static class EmergencyAccessApi
{
    public sealed record ReviewRequest(string? Note);

    public static RouteGroupBuilder MapEmergencyAccessApi(this RouteGroupBuilder api)
    {
        var grants = api.MapGroup("/emergency-access").WithTags("Emergency access");
        grants.MapGet("/", async (ListMyEmergencyGrantsHandler handler, CancellationToken ct, int page = 1, int pageSize = 25) =>
            (await handler.Handle(new MyEmergencyGrants(page, pageSize), ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.BreakTheGlass))
            .WithName("ListMyEmergencyAccess").ProducesProblems(ResultKind.Forbidden)
            .WithSummary("Your emergency grants, newest first: which record, why, until when, and the review.");
        grants.MapGet("/review", async (ListEmergencyGrantsForReviewHandler handler, CancellationToken ct, int page = 1, int pageSize = 25) =>
            (await handler.Handle(new EmergencyGrantsForReview(page, pageSize), ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.ReviewEmergencyAccess))
            .WithName("ListEmergencyAccessForReview").ProducesProblems(ResultKind.Forbidden)
            .WithSummary("The review queue: unreviewed grants, open or expired, oldest first; a supervisor's team members', or everyone's for an auditor.");
        grants.MapPost("/{grantId:guid}/review", async (Guid grantId, ReviewRequest body, ReviewEmergencyGrantHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ReviewEmergencyGrant(grantId, body.Note), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ReviewEmergencyAccess))
            .WithName("ReviewEmergencyAccess").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Conflict, ResultKind.Forbidden)
            .WithSummary("Mark a grant reviewed with a note (once; never your own; audited).");
        return api;
    }
}
