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
/// </summary>
public sealed class ConsentReads(CasewellDbContext db, ClientAccess access)
{
    public async Task<Result<IReadOnlyList<Consent>>> ConsentsAsync(Guid clientId, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<IReadOnlyList<Consent>>.From(refused);
        if (!await ReachAsync(access.Readable(db.Clients), clientId, "consents", ct)) return Result<IReadOnlyList<Consent>>.NotFound();
        var consents = await db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
        db.RecordAccess(AuditAction.ConsentsViewed, nameof(Client), clientId.ToString(), clientId);
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<Consent>>.Ok(consents);
    }

    public async Task<Result<ConsentForm>> FormAsync(Guid clientId, Guid consentId, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<ConsentForm>.From(refused);
        if (!await ReachAsync(access.Readable(db.Clients), clientId, "consent form", ct)) return Result<ConsentForm>.NotFound();
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
        var clients = RolePermissions.Allows(db.Actor, Ability.ReadAuditTrail) ? db.Clients : access.Readable(db.Clients);
        if (!await ReachAsync(clients, clientId, "accounting of disclosures", ct)) return Result<IReadOnlyList<Disclosure>>.NotFound();
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => d.ClientId == clientId)
            .OrderByDescending(d => d.DisclosedAt).ThenByDescending(d => d.Id).ToListAsync(ct);
        db.RecordAccess(export ? AuditAction.DisclosureAccountingExported : AuditAction.DisclosureAccountingViewed, nameof(Client), clientId.ToString(), clientId,
            $"{disclosures.Count} disclosures");
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<Disclosure>>.Ok(disclosures);
    }

    /// <summary>Whether the client is among <paramref name="clients"/>; a refusal is recorded with whose record was tried, when there is one.</summary>
    private async Task<bool> ReachAsync(IQueryable<Client> clients, Guid clientId, string attempt, CancellationToken ct)
    {
        if (await clients.AnyAsync(c => c.Id == clientId, ct)) return true;
        var exists = await db.Clients.AnyAsync(c => c.Id == clientId, ct);
        db.RecordAccess(AuditAction.ClientAccessRefused, nameof(Client), clientId.ToString(), exists ? clientId : null, attempt);
        await db.SaveChangesAsync(ct);
        return false;
    }
}
