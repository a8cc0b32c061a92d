using Casewell.Access;
using Casewell.Caseloads;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

/// <summary>
/// Deactivates an account (its sign-ins stop at the next request) or reactivates it. Accounts are never deleted:
/// the audit trail names them. Deactivating someone returns their cases to their teams' queues in the same
/// save, so no case is left with a worker who is gone.
/// </summary>
public sealed record ChangeStaffStatus(Guid StaffId, bool Active, int? ExpectedVersion = null);

public sealed class ChangeStaffStatusHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task<Result> Handle(ChangeStaffStatus request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageStaff) is { } refused) return refused;
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == request.StaffId, ct);
        if (user is null) return Result.NotFound();
        if (request.ExpectedVersion is { } expected && expected != user.Version)
            return Result.Conflict(new Message(IdentityMessages.StaffStale));
        if (!request.Active && user.Id == db.Actor.Id)
            return Result.Refused(new Message(IdentityMessages.CannotDeactivateSelf));

        var now = clock.GetUtcNow();
        if (request.Active) user.Reactivate();
        else if (user.IsActive)
        {
            user.Deactivate(now);
            await DepartedWorker.ReleaseCasesAsync(db, user.Id, DepartedWorker.DeactivatedReason, new StaffRef(db.Actor.Id, db.Actor.Name), now, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict(new Message(IdentityMessages.StaffChangedWhileSaving));
        }
        return Result.Ok();
    }
}
