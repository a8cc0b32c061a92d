using Casewell.Access;
using Casewell.Clients;
using Casewell.Collaterals;
using Casewell.Common;
using Casewell.EmergencyAccess;
using Casewell.Households;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Clients;

internal static class ClientsApi
{
    public sealed record ClientRequest(ClientDetails Details, IReadOnlyList<AliasInput>? Aliases, IReadOnlyList<IdentifierInput>? Identifiers, bool ConfirmedNewPerson = false,
        bool AcknowledgedRestrictedMatch = false);

    public sealed record UpdateRequest(ClientDetails Details);

    public sealed record EmergencyAccessRequest(string? Reason);

    public sealed record RelationshipRequest(RelationshipType Type, Guid? RelatedClientId, string? RelatedPersonName, string? RelatedPersonPhone,
        bool LivesInHousehold, bool IsEmergencyContact, string? Notes);

    public static RouteGroupBuilder MapClientsApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients").RequireAuthorization(nameof(Ability.ReadClients));

        clients.MapGet("/", async Task<Results<Ok<ClientSearchPage>, ApiProblem>> (SearchClientsHandler handler, CancellationToken ct, string? q,
            int page = 1, int pageSize = 25) =>
        {
            var v = new Validation();
            if (page is < 1 or > Casewell.Caseloads.CaseloadFilter.MaxPage) v.Add("page", new Message(Casewell.Caseloads.CaseloadMessages.PageOutOfRange, Casewell.Caseloads.CaseloadFilter.MaxPage));
            if (v.HasErrors) return ApiProblem.For(v.ToResult());
            return (await handler.Handle(new SearchClients(q, page, pageSize), ct)).ToResults(TypedResults.Ok);
        })
            .WithName("SearchClients").ProducesProblems(ResultKind.Invalid, ResultKind.TooMany)
            .WithSummary("Search by name (typo-tolerant), date of birth (yyyy-MM-dd) or identifier. An identifier finds only clients you reach through a case or registered; identifier lookups are limited per person (429 with Retry-After).");

        clients.MapGet("/{clientId:guid}", async Task<Results<Ok<ClientProfile>, ApiProblem>> (Guid clientId, GetClientProfileHandler handler,
            HttpContext http, CancellationToken ct) =>
        {
            var read = await handler.Handle(clientId, ct);
            if (read.Kind == ResultKind.Forbidden)
                // Whom to ask is in the detail; where to break the glass, for a program to offer it.
                return new ApiProblem(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No relationship", detail: read.Detail?.Word(),
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = ClientMessages.NoRelationship,
                        ["emergencyAccess"] = $"{ApiPaths.Prefix}/clients/{clientId}/emergency-access",
                    }));
            if (read.Failed) return ApiProblem.For(read);
            var profile = read.Value!;
            http.Response.Headers.ETag = $"\"{profile.Version}\"";
            return TypedResults.Ok(profile);
        }).WithName("GetClientProfile").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden).WithETag()
            .WithSummary("A client's profile, for those with a relationship to the client (a case they may read, their own registration) or an emergency grant; " +
                "403 Client.NoRelationship names whom to ask. Opening it is recorded in the audit trail; through a grant the response carries Casewell-Emergency-Access.");

        clients.MapPost("/{clientId:guid}/emergency-access", async Task<Results<Created<OpenedGrant>, ApiProblem>> (Guid clientId, EmergencyAccessRequest body,
            OpenEmergencyAccessHandler handler, CancellationToken ct) =>
            (await handler.Handle(new OpenEmergencyAccess(clientId, body.Reason), ct))
                .ToResults(g => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}", g)))
            .RequireAuthorization(nameof(Ability.BreakTheGlass)).WithTags("Emergency access")
            .WithName("OpenEmergencyAccess").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Break the glass: open a client's record you have no relationship with, for Access:EmergencyAccessMinutes, with a reason (10 to 1000 characters). " +
                "At most 3 open grants a person (422). Audited; your supervisor and the privacy officer review it.");

        clients.MapPost("/duplicate-candidates", async (ClientRequest body, FindDuplicateCandidatesHandler handler, CancellationToken ct) =>
            (await handler.Handle(new DuplicateCheck(body.Details, body.Aliases, body.Identifiers), ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.RegisterClients))
            .WithName("FindDuplicateCandidates").ProducesProblems(ResultKind.Invalid, ResultKind.TooMany)
            .WithSummary("Existing clients who may be the same person, ranked, with reasons.");

        clients.MapPost("/", async Task<Results<Created<CreatedId>, ApiProblem>> (ClientRequest body, RegisterClientHandler handler, CancellationToken ct) =>
        {
            var result = await handler.Handle(new RegisterClient(body.Details, body.Aliases, body.Identifiers, body.ConfirmedNewPerson,
                body.AcknowledgedRestrictedMatch), ct);
            if (result.Failed) return ApiProblem.For(result);
            var registration = result.Value!;
            if (registration.ClientId is { } clientId) return TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}", new CreatedId(clientId));
            // Who the restricted match is stays with the privacy officer: the registrar learns only that there is one.
            if (registration.RestrictedMatch)
                return new ApiProblem(TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Possible match restricted",
                    detail: new Message(Casewell.Restrictions.RestrictionMessages.PossibleMatchRestricted).Word()
                        + " To register anyway, send again with acknowledgedRestrictedMatch: true.",
                    extensions: new Dictionary<string, object?> { ["restrictedMatch"] = true, ["candidates"] = registration.Candidates }));
            return new ApiProblem(TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Possible duplicates",
                detail: "Existing clients may be this person. Open one of them, or send again with confirmedNewPerson: true.",
                extensions: new Dictionary<string, object?> { ["candidates"] = registration.Candidates }));
        }).RequireAuthorization(nameof(Ability.RegisterClients))
            .WithName("RegisterClient").ProducesProblems(ResultKind.Invalid, ResultKind.Conflict, ResultKind.Forbidden, ResultKind.TooMany)
            .WithSummary("Register a client. Answers 409 with candidates when the person may already be known.");

        clients.MapPut("/{clientId:guid}", async Task<Results<NoContent, ApiProblem>> (Guid clientId, UpdateRequest body, HttpRequest http,
            UpdateClientHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("profile");
            return (await handler.Handle(new UpdateClient(clientId, version, body.Details), ct)).ToResults();
        }).RequireAuthorization(nameof(Ability.EditClients))
            .WithName("UpdateClient").RequiresIfMatch("profile").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict)
            .WithSummary("Edit a client's profile (If-Match: the profile's ETag).");

        clients.MapPost("/{clientId:guid}/relationships", async (Guid clientId, RelationshipRequest body, AddRelationshipHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AddRelationship(clientId, body.Type, body.RelatedClientId, body.RelatedPersonName, body.RelatedPersonPhone,
                body.LivesInHousehold, body.IsEmergencyContact, body.Notes), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}/relationships/{id}", new CreatedId(id))))
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Households")
            .WithName("AddRelationship").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("Add a household member or relationship: another client, or a person who is not a client.");
        clients.MapDelete("/{clientId:guid}/relationships/{relationshipId:guid}", async (Guid clientId, Guid relationshipId, EndRelationshipHandler handler,
            CancellationToken ct) =>
            (await handler.Handle(new EndRelationship(clientId, relationshipId), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Households")
            .WithName("EndRelationship").ProducesProblems(ResultKind.NotFound)
            .WithSummary("End a relationship (kept in history).");

        clients.MapPost("/{clientId:guid}/collaterals", async (Guid clientId, CollateralDetails body, AddCollateralContactHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AddCollateralContact(clientId, body), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}/collaterals/{id}", new CreatedId(id))))
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Collaterals")
            .WithName("AddCollateralContact").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("Add a professional to the client's care team: a doctor, teacher, therapist, attorney or officer, with organization and role.");
        clients.MapDelete("/{clientId:guid}/collaterals/{contactId:guid}", async (Guid clientId, Guid contactId, EndCollateralContactHandler handler,
            CancellationToken ct) =>
            (await handler.Handle(new EndCollateralContact(clientId, contactId), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Collaterals")
            .WithName("EndCollateralContact").ProducesProblems(ResultKind.NotFound)
            .WithSummary("Take a contact off the care team (kept in history).");
        return api;
    }
}
