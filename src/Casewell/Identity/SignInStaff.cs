using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record SignInStaff(string Email, string Password);

public sealed record SignedInStaff(Guid Id, string DisplayName, StaffRole Role, string SecurityStamp);

public sealed class SignInStaffHandler(CasewellDbContext db, StaffPasswordHasher hasher, LockoutPolicy lockout, TimeProvider clock)
{
    // One message for every failure of credentials, so the form does not reveal which emails have accounts.
    public const string Rejected = "The email or password is not right, or the account is locked or inactive.";

    public async Task<Result<SignedInStaff>> Handle(SignInStaff request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password)
            || request.Email.Length > StaffUser.MaxEmailLength || request.Password.Length > PasswordRules.MaxLength)
            return Result<SignedInStaff>.Invalid("Email", Rejected);

        var now = clock.GetUtcNow();
        var normalized = StaffUser.Normalize(request.Email);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        // An account an administrator created waits for its owner to set a password through the activation link.
        if (user is null || !user.IsActive || !user.IsActivated)
        {
            db.RecordAccess("Staff.SignInFailed", nameof(StaffUser), user?.Id.ToString(), null,
                user is { IsActivated: false } ? "not yet activated" : "unknown or inactive account");
            await db.SaveChangesAsync(ct);
            return Result<SignedInStaff>.Invalid("Email", Rejected);
        }
        if (user.IsLockedOut(now))
        {
            db.RecordAccess("Staff.SignInFailed", nameof(StaffUser), user.Id.ToString(), null, "locked out");
            await db.SaveChangesAsync(ct);
            return Result<SignedInStaff>.Invalid("Email", Rejected);
        }

        var check = hasher.Verify(user, request.Password);
        if (check == PasswordCheck.Wrong)
        {
            user.RecordFailedSignIn(now, lockout);
            db.RecordAccess("Staff.SignInFailed", nameof(StaffUser), user.Id.ToString(), null, user.IsLockedOut(now) ? "wrong password; locked out" : "wrong password");
            await db.SaveChangesAsync(ct);
            return Result<SignedInStaff>.Invalid("Email", Rejected);
        }

        if (check == PasswordCheck.RightButRehash) user.SetPasswordHash(hasher.Hash(user, request.Password));
        user.RecordSignIn(now);
        db.RecordAccess("Staff.SignedIn", nameof(StaffUser), user.Id.ToString(), null);
        await db.SaveChangesAsync(ct);
        return Result<SignedInStaff>.Ok(new SignedInStaff(user.Id, user.DisplayName, user.Role, user.SecurityStamp));
    }
}
