using Casewell.Access;
using Casewell.Common;
using Casewell.Contacts;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Cases;

internal static class ContactsApi
{
    public sealed record RecordRequest(DateTimeOffset? OccurredAt, ContactKind? Kind, string? Summary);

    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/cases/{caseId:guid}/contacts").WithTags("Contacts").RequireAuthorization();
        contacts.MapPost("/", async Task<Results<Created<RecordedContact>, ApiProblem>> (Guid caseId, RecordRequest body, HttpRequest http,
            RecordContactHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("case");
            return (await handler.Handle(new RecordContact(caseId, version, body.OccurredAt, body.Kind, body.Summary), ct))
                .ToResults(recorded => TypedResults.Created($"{ApiPaths.Prefix}/cases/{caseId}/contacts", recorded));
        })
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("RecordContact").RequiresIfMatch("case").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Record a contact on a case you work on (If-Match: the case's ETag); a contact with the client restarts the required-contact clock and completes its open required-contact tasks.");
        contacts.MapGet("/", async (Guid caseId, ListCaseContactsHandler handler, CancellationToken ct, int? page = 1, int? pageSize = null) =>
            (await handler.Handle(new ListCaseContacts(caseId, page, pageSize), ct)).ToResults(TypedResults.Ok))
            .WithName("ListCaseContacts").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("A case's contacts, latest first, paged.");
        return api;
    }
}
