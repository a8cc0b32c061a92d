using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Consents;

/// <summary>The client withdraws a consent: nothing more may be disclosed under it from now on; what was disclosed stays accounted for.</summary>
public sealed record RevokeConsent(Guid ClientId, Guid ConsentId, RevocationMethod Method, string? Note);

public sealed class RevokeConsentHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result> Handle(RevokeConsent request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return refused;
        // A change needs a relationship: an emergency grant opens the record to read only (decision 0018).
        if (!await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result.NotFound();
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == request.ConsentId && c.ClientId == request.ClientId, ct);
        if (consent is null) return Result.NotFound();
        var v = new Validation();
        ConsentRules.CheckRevocation(v, request.Method, request.Note);
        if (v.HasErrors) return v.ToResult();
        var outcome = consent.Revoke(db.Actor.Id, request.Method, request.Note, clock.GetUtcNow());
        if (outcome.Failed) return outcome;
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
