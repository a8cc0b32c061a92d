using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Consents;

public sealed record RecordConsent(Guid ClientId, ConsentDetails Details);

public sealed class RecordConsentHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(RecordConsent request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<Guid>.From(refused);
        // A change needs a relationship: an emergency grant opens the record to read only (decision 0018).
        if (!await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result<Guid>.NotFound();
        var v = new Validation();
        ConsentRules.Check(v, request.Details);
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());
        var consent = new Consent(Ids.New(clock), request.ClientId, request.Details, db.Actor.Id, clock.GetUtcNow());
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(consent.Id);
    }
}
