using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Restrictions;

/// <summary>Lifts the restriction in force on a client or case: the row stays, with who lifted it and when.</summary>
public sealed record LiftRestriction(RestrictedRecordKind Kind, Guid RecordId);

public sealed class LiftRestrictionHandler(CasewellDbContext db, RestrictionManagers managers, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Result> Handle(LiftRestriction request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await managers.MayManageAsync(request.Kind, request.RecordId, ct);
        if (allowed.Failed) return allowed;
        var restriction = await RestrictionView.InForceAsync(db, request.Kind, request.RecordId, ct);
        if (restriction is null) return Result.Refused(new Message(RestrictionMessages.NotRestricted));
        var lifted = restriction.Lift(new StaffRef(staff.Id, staff.Name), clock.GetUtcNow());
        if (lifted.Failed) return lifted;
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
