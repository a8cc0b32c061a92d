using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Casewell.PrivacyReview;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record InviteStaffUser(string Email, string DisplayName, StaffRole Role);

/// <summary>The token in clear (shown once, to the administrator, to pass on) and when it stops working.</summary>
public sealed record StaffInvitation(Guid StaffId, string Token, DateTimeOffset ExpiresAt);

/// <summary>
/// An administrator adds a staff member. The account cannot be used until its owner has set their own password
/// with the one-time activation token: an administrator who chose the password could sign in as the account
/// (say, a supervisor they had just put on a team) and read case content their own role never sees.
/// </summary>
public sealed class InviteStaffUserHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task<Result<StaffInvitation>> Handle(InviteStaffUser request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageStaff) is { } refused) return Result<StaffInvitation>.From(refused);
        var v = new Validation();
        StaffValidation.Check(v, request.Email, request.DisplayName);
        if (!Enum.IsDefined(request.Role)) v.Add("Role", new Message(IdentityMessages.ChooseRole));
        if (v.HasErrors) return Result<StaffInvitation>.Invalid(v.ToDictionary());

        var normalized = StaffUser.Normalize(request.Email);
        if (await db.StaffUsers.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return Result<StaffInvitation>.Invalid("Email", new Message(IdentityMessages.EmailTaken));

        var now = clock.GetUtcNow();
        var user = new StaffUser(Ids.New(clock), request.Email, request.DisplayName, request.Role, now);
        var token = StaffActivation.NewToken();
        var expires = now + StaffActivation.Lifetime;
        user.IssueActivation(StaffActivation.Hash(token), expires);
        db.StaffUsers.Add(user);
        PrivacyFlags.RaiseForNewAccount(db, user);
        await db.SaveChangesAsync(ct);
        return Result<StaffInvitation>.Ok(new StaffInvitation(user.Id, token, expires));
    }
}
