using Casewell.Access;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Casewell.Security;

namespace Casewell.Clients;

/// <summary>
/// Intake. Unless the worker has looked at the possible duplicates and confirmed this is a new person, a
/// registration that resembles existing clients is not created: the candidates come back instead.
/// </summary>
public sealed record RegisterClient(
    ClientDetails Details,
    IReadOnlyList<AliasInput>? Aliases,
    IReadOnlyList<IdentifierInput>? Identifiers,
    bool ConfirmedNewPerson);

public sealed record Registration(Guid? ClientId, IReadOnlyList<DuplicateCandidate> Candidates)
{
    public bool Created => ClientId is not null;
}

public sealed class RegisterClientHandler(
    CasewellDbContext db,
    ClientAccess access,
    FieldProtection protection,
    FindDuplicateCandidatesHandler duplicates,
    TimeProvider clock,
    AgencyCalendar calendar)
{
    public async Task<Result<Registration>> Handle(RegisterClient request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanRegister) return Result<Registration>.Forbidden(new Message(ClientMessages.RegisterRefused));
        var v = new Validation();
        ClientRules.CheckDetails(v, request.Details, calendar.Today());
        ClientRules.CheckAliases(v, request.Aliases);
        ClientRules.CheckIdentifiers(v, request.Identifiers);
        if (v.HasErrors) return Result<Registration>.Invalid(v.ToDictionary());

        if (!request.ConfirmedNewPerson)
        {
            var check = await duplicates.Handle(new DuplicateCheck(request.Details, request.Aliases, request.Identifiers), ct);
            if (check.Failed) return Result<Registration>.From(check);
            if (check.Value!.Count > 0) return Result<Registration>.Ok(new Registration(null, check.Value));
        }

        var now = clock.GetUtcNow();
        var client = new Client(Ids.New(clock), request.Details, now, db.Actor.Id);
        foreach (var alias in request.Aliases ?? [])
            client.AddAlias(new ClientAlias(Ids.New(clock), alias.Kind, alias.First ?? "", alias.Middle, alias.Last ?? ""));
        foreach (var identifier in request.Identifiers ?? [])
            client.AddIdentifier(ClientIdentifiers.Protect(identifier, protection, Ids.New(clock)));
        db.Clients.Add(client);
        await ClientMatchIndex.RefreshAsync(db, client, isNew: true, ct);
        if (request.ConfirmedNewPerson)
            db.RecordAccess(AuditAction.ClientRegisteredDespiteCandidates, nameof(Client), client.Id.ToString(), client.Id, "worker confirmed a new person");
        await db.SaveChangesAsync(ct);
        return Result<Registration>.Ok(new Registration(client.Id, []));
    }
}
