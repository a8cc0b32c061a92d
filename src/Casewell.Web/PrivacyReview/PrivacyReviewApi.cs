using Casewell.Access;
using Casewell.Common;
using Casewell.PrivacyReview;
using Casewell.Web.Hosting;

namespace Casewell.Web.PrivacyReview;

internal static class PrivacyReviewApi
{
    public sealed record ReviewRequest(string? Note, int? Version);

    public static RouteGroupBuilder MapPrivacyReviewApi(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/privacy-review").WithTags("Audit").RequireAuthorization(nameof(Ability.ReadAuditTrail));
        review.MapGet("/", async (ListPrivacyReviewHandler handler, CancellationToken ct, bool includeReviewed = false, int page = 1, int pageSize = 25) =>
            (await handler.Handle(new PrivacyReviewQuery(includeReviewed, page, pageSize), ct)).ToResults(TypedResults.Ok))
            .WithName("ListPrivacyReview").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("The privacy officer's review queue: permission changes that open case content, and identifier-lookup bursts; open items oldest first.");
        review.MapPost("/{itemId:guid}/review", async (Guid itemId, ReviewRequest body, ReviewPrivacyItemHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ReviewPrivacyItem(itemId, body.Note, body.Version), ct)).ToResults())
            .WithName("ReviewPrivacyItem").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Forbidden)
            .WithSummary("Mark an item reviewed, with a note of what was found or done (once; audited).");
        return api;
    }
}
