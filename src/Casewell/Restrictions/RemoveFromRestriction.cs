using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Restrictions;

/// <summary>Takes a staff member off a restricted record's access list: from then on the record does not exist for them.</summary>
public sealed record RemoveFromRestriction(RestrictedRecordKind Kind, Guid RecordId, Guid StaffId);

public sealed class RemoveFromRestrictionHandler(CasewellDbContext db, RestrictionManagers managers)
{
    public async Task<Result<RestrictionView>> Handle(RemoveFromRestriction request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await managers.MayManageAsync(request.Kind, request.RecordId, ct);
        if (allowed.Failed) return Result<RestrictionView>.From(allowed);
        var restriction = await RestrictionView.InForceAsync(db, request.Kind, request.RecordId, ct);
        if (restriction is null) return Result<RestrictionView>.Refused(new Message(RestrictionMessages.NotRestricted));
        // Removing someone who is not on the list is already done: the answer is the list as it stands.
        if (restriction.Remove(request.StaffId)) await db.SaveChangesAsync(ct);
        return Result<RestrictionView>.Ok(await RestrictionView.OfAsync(db, restriction, ct));
    }
}
