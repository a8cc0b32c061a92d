using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Restrictions;

/// <summary>Puts a staff member on a restricted record's access list (admitting someone already on it changes nothing).</summary>
public sealed record AdmitToRestriction(RestrictedRecordKind Kind, Guid RecordId, Guid StaffId);

public sealed class AdmitToRestrictionHandler(CasewellDbContext db, RestrictionManagers managers, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Result<RestrictionView>> Handle(AdmitToRestriction request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await managers.MayManageAsync(request.Kind, request.RecordId, ct);
        if (allowed.Failed) return Result<RestrictionView>.From(allowed);
        if (!await db.StaffUsers.AnyAsync(u => u.Id == request.StaffId && u.IsActive, ct))
            return Result<RestrictionView>.Invalid("StaffId", new Message(RestrictionMessages.NoSuchStaff));
        var restriction = await RestrictionView.InForceAsync(db, request.Kind, request.RecordId, ct);
        if (restriction is null) return Result<RestrictionView>.Refused(new Message(RestrictionMessages.NotRestricted));
        var admitted = restriction.Admit(request.StaffId, staff.Id, clock.GetUtcNow());
        if (admitted.Failed) return Result<RestrictionView>.From(admitted);
        await db.SaveChangesAsync(ct);
        return Result<RestrictionView>.Ok(await RestrictionView.OfAsync(db, restriction, ct));
    }
}
