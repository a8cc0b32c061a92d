using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record ReissueStaffActivation(Guid StaffId);

/// <summary>A new activation link for an account not yet activated (the first expired or was lost); the old one stops working.</summary>
public sealed class ReissueStaffActivationHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task<Result<StaffInvitation>> Handle(ReissueStaffActivation request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageStaff) is { } refused) return Result<StaffInvitation>.From(refused);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.Id == request.StaffId, ct);
        if (user is null) return Result<StaffInvitation>.NotFound();
        var token = StaffActivation.NewToken();
        var expires = clock.GetUtcNow() + StaffActivation.Lifetime;
        if (!user.IssueActivation(StaffActivation.Hash(token), expires))
            return Result<StaffInvitation>.Refused(new Message(IdentityMessages.AlreadyActivated));
        await db.SaveChangesAsync(ct);
        return Result<StaffInvitation>.Ok(new StaffInvitation(user.Id, token, expires));
    }
}
