using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Casewell.PrivacyReview;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record CreateStaffUser(string Email, string DisplayName, StaffRole Role, string Password);

/// <summary>
/// An account with a password the caller knows: the operator's <c>create-user --password-stdin</c> at the server and
/// first-run setup. Administrators in the application invite instead (<see cref="InviteStaffUserHandler"/>), so they
/// never hold another person's password.
/// </summary>
public sealed class CreateStaffUserHandler(CasewellDbContext db, StaffPasswordHasher hasher, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(CreateStaffUser request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageStaff) is { } refused) return Result<Guid>.From(refused);
        var v = new Validation();
        StaffValidation.Check(v, request.Email, request.DisplayName);
        if (!Enum.IsDefined(request.Role)) v.Add("Role", new Message(IdentityMessages.ChooseRole));
        PasswordRules.Check(v, "Password", request.Password, request.Email);
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());

        var normalized = StaffUser.Normalize(request.Email);
        if (await db.StaffUsers.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return Result<Guid>.Invalid("Email", new Message(IdentityMessages.EmailTaken));

        var user = new StaffUser(Ids.New(clock), request.Email, request.DisplayName, request.Role, clock.GetUtcNow());
        user.SetPasswordHash(hasher.Hash(user, request.Password));
        db.StaffUsers.Add(user);
        PrivacyFlags.RaiseForNewAccount(db, user);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(user.Id);
    }
}
