using Casewell.Access;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Casewell.PrivacyReview;
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
    bool ConfirmedNewPerson,
    bool AcknowledgedRestrictedMatch = false);

/// <summary>
/// A created client, or why not: candidates to look at, and whether a possible match is restricted from the
/// registrar (who is then told to ask the privacy officer, and never who it is).
/// </summary>
public sealed record Registration(Guid? ClientId, IReadOnlyList<DuplicateCandidate> Candidates, bool RestrictedMatch = false)
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

        var duplicateCheck = new DuplicateCheck(request.Details, request.Aliases, request.Identifiers);
        IReadOnlyList<DuplicateCandidate> candidates = [];
        if (!request.ConfirmedNewPerson)
        {
            var check = await duplicates.Handle(duplicateCheck, ct);
            if (check.Failed) return Result<Registration>.From(check);
            candidates = check.Value!;
        }
        var restricted = await duplicates.RestrictedMatchesAsync(duplicateCheck, ct);
        if (restricted.Count > 0 && !request.AcknowledgedRestrictedMatch)
        {
            await RestrictedMatchWarnedAsync(restricted, ct);
            return Result<Registration>.Ok(new Registration(null, candidates, RestrictedMatch: true));
        }
        if (candidates.Count > 0) return Result<Registration>.Ok(new Registration(null, candidates));

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
        if (restricted.Count > 0)
        {
            // The privacy officer decides whether this is the restricted person registered a second time.
            db.RecordAccess(AuditAction.ClientRegisteredDespiteRestrictedMatch, nameof(Client), client.Id.ToString(), client.Id, "restricted " + string.Join(" ", restricted));
            PrivacyFlags.Raise(db, PrivacyReviewKind.RestrictedMatchAtIntake, db.Actor.Id,
                $"{db.Actor.Name} registered client {client.Id} after being warned that it may be restricted client {string.Join(", ", restricted)}.");
        }
        await db.SaveChangesAsync(ct);
        return Result<Registration>.Ok(new Registration(client.Id, []));
    }

    /// <summary>The attempt is recorded against the restricted clients, and the privacy officer is asked to look.</summary>
    private async Task RestrictedMatchWarnedAsync(IReadOnlyList<Guid> restricted, CancellationToken ct)
    {
        db.RecordAccess(AuditAction.ClientRestrictedMatchAtIntake, nameof(Client), null, restricted.Count == 1 ? restricted[0] : null,
            "registration matched restricted " + string.Join(" ", restricted));
        PrivacyFlags.Raise(db, PrivacyReviewKind.RestrictedMatchAtIntake, db.Actor.Id,
            $"{db.Actor.Name} tried to register a person who may be restricted client {string.Join(", ", restricted)}; they were told to ask you.");
        await db.SaveChangesAsync(ct);
    }
}
