using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

/// <summary>Deactivates an account (its sign-ins stop at the next request) or reactivates it. Accounts are never deleted: the audit trail names them.</summary>
public sealed record ChangeStaffStatus(Guid StaffId, bool Active, int? ExpectedVersion = null);

public sealed class ChangeStaffStatusHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task<Result> Handle(ChangeStaffStatus request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == request.StaffId, ct);
        if (user is null) return Result.NotFound();
        if (request.ExpectedVersion is { } expected && expected != user.Version)
            return Result.Conflict("Someone else changed this account since you opened it. Reload to see their change.");
        if (!request.Active && user.Id == db.Actor.Id)
            return Result.Refused("You cannot deactivate your own account.");

        if (request.Active) user.Reactivate();
        else user.Deactivate(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
