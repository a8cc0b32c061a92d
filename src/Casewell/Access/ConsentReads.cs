using Casewell.Audit;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Consents;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// The one way to read a client's consents, a consent's signed form and the accounting of disclosures: checks the
/// ability, reaches the client through <see cref="ClientAccess.Readable"/> (auditors reach any client's accounting,
/// which is theirs to review), and records the read before returning anything.
/// A read through an emergency grant is flagged for the request (<see cref="EmergencyAccessInUse"/>) and recorded as
/// such, under an action of its own (EmergencyAccess.*), as the profile is. The grant shows the consents (what may be shared with whom, which an emergency asks), but
/// not the signed form: a downloaded file outlives the grant's hour, carries no banner, and adds nothing the list does
/// not say (403, recorded).
/// </summary>
public sealed class ConsentReads(CasewellDbContext db, ClientAccess access, EmergencyAccessInUse inUse)
{
    public async Task<Result<IReadOnlyList<Consent>>> ConsentsAsync(Guid clientId, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<IReadOnlyList<Consent>>.From(refused);
        var reached = await ReachAsync(clientId, "consents", ct);
        if (!reached.Reached) return Result<IReadOnlyList<Consent>>.NotFound();
        var consents = await db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
        db.RecordAccess(reached.Through is null ? AuditAction.ConsentsViewed : AuditAction.EmergencyConsentsViewed, nameof(Client), clientId.ToString(), clientId, reached.Through);
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<Consent>>.Ok(consents);
    }

    public async Task<Result<ConsentForm>> FormAsync(Guid clientId, Guid consentId, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<ConsentForm>.From(refused);
        var reached = await ReachAsync(clientId, "consent form", ct);
        if (!reached.Reached) return Result<ConsentForm>.NotFound();
        if (reached.Through is not null)
        {
            db.RecordAccess(AuditAction.ClientAccessRefused, nameof(Consent), consentId.ToString(), clientId, "consent form " + reached.Through);
            await db.SaveChangesAsync(ct);
            return Result<ConsentForm>.Forbidden(new Message(AccessMessages.NoFilesThroughEmergencyGrant));
        }
        var form = await db.ConsentForms.AsNoTracking().SingleOrDefaultAsync(f => f.ConsentId == consentId && f.ClientId == clientId, ct);
        if (form is null) return Result<ConsentForm>.NotFound();
        db.RecordAccess(AuditAction.ConsentFormDownloaded, nameof(Consent), consentId.ToString(), clientId);
        await db.SaveChangesAsync(ct);
        return Result<ConsentForm>.Ok(form);
    }

    /// <summary>Every disclosure of the client's information, newest first; <paramref name="export"/> records a download rather than a view.</summary>
    public async Task<Result<IReadOnlyList<Disclosure>>> AccountingAsync(Guid clientId, bool export, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadDisclosureAccounting) is { } refused) return Result<IReadOnlyList<Disclosure>>.From(refused);
        var reached = RolePermissions.Allows(db.Actor, Ability.ReadAuditTrail)
            ? await ReachAsync(db.Clients, clientId, "accounting of disclosures", ct)
            : await ReachAsync(clientId, "accounting of disclosures", ct);
        if (!reached.Reached) return Result<IReadOnlyList<Disclosure>>.NotFound();
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => d.ClientId == clientId)
            .OrderByDescending(d => d.DisclosedAt).ThenByDescending(d => d.Id).ToListAsync(ct);
        var action = (export, reached.Through is null) switch
        {
            (true, true) => AuditAction.DisclosureAccountingExported,
            (false, true) => AuditAction.DisclosureAccountingViewed,
            (true, false) => AuditAction.EmergencyDisclosureAccountingExported,
            (false, false) => AuditAction.EmergencyDisclosureAccountingViewed,
        };
        db.RecordAccess(action, nameof(Client), clientId.ToString(), clientId,
            reached.Through is null ? $"{disclosures.Count} disclosures" : $"{disclosures.Count} disclosures {reached.Through}");
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<Disclosure>>.Ok(disclosures);
    }

    /// <summary>Whether the client is reached through work or else an emergency grant (flagged, and named in <c>Through</c>).</summary>
    private async Task<Reach> ReachAsync(Guid clientId, string attempt, CancellationToken ct)
    {
        if (await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == clientId, ct)) return new(true, null);
        if (await access.ActiveGrantAsync(clientId, ct) is { } grant)
        {
            inUse.Use(grant);
            return new(true, $"through emergency grant {grant.GrantId}");
        }
        return await RefuseAsync(clientId, attempt, ct);
    }

    /// <summary>Whether the client is among <paramref name="clients"/>.</summary>
    private async Task<Reach> ReachAsync(IQueryable<Client> clients, Guid clientId, string attempt, CancellationToken ct) =>
        await clients.AnyAsync(c => c.Id == clientId, ct) ? new(true, null) : await RefuseAsync(clientId, attempt, ct);

    /// <summary>A refusal, recorded with whose record was tried, when there is one.</summary>
    private async Task<Reach> RefuseAsync(Guid clientId, string attempt, CancellationToken ct)
    {
        var exists = await db.Clients.AnyAsync(c => c.Id == clientId, ct);
        db.RecordAccess(AuditAction.ClientAccessRefused, nameof(Client), clientId.ToString(), exists ? clientId : null, attempt);
        await db.SaveChangesAsync(ct);
        return new(false, null);
    }

    private readonly record struct Reach(bool Reached, string? Through);
}
