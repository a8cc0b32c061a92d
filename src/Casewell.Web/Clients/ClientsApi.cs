using Casewell.Access;
using Casewell.Clients;
using Casewell.Collaterals;
using Casewell.Households;
using Casewell.Web.Hosting;

namespace Casewell.Web.Clients;

internal static class ClientsApi
{
    public sealed record ClientRequest(ClientDetails Details, IReadOnlyList<AliasInput>? Aliases, IReadOnlyList<IdentifierInput>? Identifiers, bool ConfirmedNewPerson = false);

    public sealed record UpdateRequest(ClientDetails Details);

    public sealed record RelationshipRequest(RelationshipType Type, Guid? RelatedClientId, string? RelatedPersonName, string? RelatedPersonPhone,
        bool LivesInHousehold, bool IsEmergencyContact, string? Notes);

    public static RouteGroupBuilder MapClientsApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients").RequireAuthorization(nameof(Ability.ReadClients));

        clients.MapGet("/", async (SearchClientsHandler handler, CancellationToken ct, string? q, int page = 1, int pageSize = 25) =>
        {
            var v = new Casewell.Common.Validation();
            if (page is < 1 or > Casewell.Cases.CaseloadFilter.MaxPage) v.Add("page", new Casewell.Common.Message(Casewell.Cases.CaseloadMessages.PageOutOfRange, Casewell.Cases.CaseloadFilter.MaxPage));
            if (v.HasErrors) return ResultHttp.Problem(v.ToResult());
            return (await handler.Handle(new SearchClients(q, page, pageSize), ct)).ToHttpResult(found => TypedResults.Ok(found));
        })
            .Produces<ClientSearchPage>().ProducesValidationProblem()
            .WithSummary("Search by name (typo-tolerant), date of birth (yyyy-MM-dd) or identifier. An identifier finds only clients you reach through a case or registered; identifier lookups are limited per person (429 with Retry-After).");

        clients.MapGet("/{clientId:guid}", async (Guid clientId, GetClientProfileHandler handler, HttpContext http, CancellationToken ct) =>
        {
            var profile = await handler.Handle(clientId, ct);
            if (profile is null) return ResultHttp.Problem(Casewell.Common.Result.NotFound());
            http.Response.Headers.ETag = $"\"{profile.Version}\"";
            return TypedResults.Ok(profile);
        }).WithSummary("A client's profile; opening it is recorded in the audit trail.");

        clients.MapPost("/duplicate-candidates", async (ClientRequest body, FindDuplicateCandidatesHandler handler, CancellationToken ct) =>
            (await handler.Handle(new DuplicateCheck(body.Details, body.Aliases, body.Identifiers), ct)).ToHttpResult(found => TypedResults.Ok(found)))
            .Produces<IReadOnlyList<DuplicateCandidate>>().ProducesValidationProblem()
            .RequireAuthorization(nameof(Ability.RegisterClients))
            .WithSummary("Existing clients who may be the same person, ranked, with reasons.");

        clients.MapPost("/", async (ClientRequest body, RegisterClientHandler handler, CancellationToken ct) =>
        {
            var result = await handler.Handle(new RegisterClient(body.Details, body.Aliases, body.Identifiers, body.ConfirmedNewPerson), ct);
            if (result.Failed) return ResultHttp.Problem(result);
            var registration = result.Value!;
            if (registration.Created) return TypedResults.Created($"{ApiPaths.Prefix}/clients/{registration.ClientId}", new { id = registration.ClientId });
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Possible duplicates",
                detail: "Existing clients may be this person. Open one of them, or send again with confirmedNewPerson: true.",
                extensions: new Dictionary<string, object?> { ["candidates"] = registration.Candidates });
        }).RequireAuthorization(nameof(Ability.RegisterClients))
            .WithSummary("Register a client. Answers 409 with candidates when the person may already be known.");

        clients.MapPut("/{clientId:guid}", async (Guid clientId, UpdateRequest body, HttpRequest http, UpdateClientHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("profile");
            return (await handler.Handle(new UpdateClient(clientId, version, body.Details), ct)).ToHttpResult();
        }).RequireAuthorization(nameof(Ability.EditClients)).WithSummary("Edit a client's profile (If-Match: the profile's ETag).");

        clients.MapPost("/{clientId:guid}/relationships", async (Guid clientId, RelationshipRequest body, AddRelationshipHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AddRelationship(clientId, body.Type, body.RelatedClientId, body.RelatedPersonName, body.RelatedPersonPhone,
                body.LivesInHousehold, body.IsEmergencyContact, body.Notes), ct))
                .ToHttpResult(id => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}/relationships/{id}", new { id })))
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Households");
        clients.MapDelete("/{clientId:guid}/relationships/{relationshipId:guid}", async (Guid clientId, Guid relationshipId, EndRelationshipHandler handler, CancellationToken ct) =>
            (await handler.Handle(new EndRelationship(clientId, relationshipId), ct)).ToHttpResult())
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Households").WithSummary("End a relationship (kept in history).");

        clients.MapPost("/{clientId:guid}/collaterals", async (Guid clientId, CollateralDetails body, AddCollateralContactHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AddCollateralContact(clientId, body), ct))
                .ToHttpResult(id => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}/collaterals/{id}", new { id })))
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Collaterals");
        clients.MapDelete("/{clientId:guid}/collaterals/{contactId:guid}", async (Guid clientId, Guid contactId, EndCollateralContactHandler handler, CancellationToken ct) =>
            (await handler.Handle(new EndCollateralContact(clientId, contactId), ct)).ToHttpResult())
            .RequireAuthorization(nameof(Ability.EditClients)).WithTags("Collaterals").WithSummary("Take a contact off the care team (kept in history).");
        return api;
    }
}
