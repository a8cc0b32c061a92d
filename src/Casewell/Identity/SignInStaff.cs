using Casewell.Access;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

/// <summary>A sign-in attempt; the address and user agent are the client's, for the audit trail and the session record.</summary>
public sealed record SignInStaff(string Email, string Password, string? Address = null, string? UserAgent = null);

public sealed record SignedInStaff(Guid Id, string DisplayName, StaffRole Role, string SecurityStamp, Guid SessionId);

/// <summary>Signed in (<see cref="Staff"/>), refused (neither), or told to wait (<see cref="RetryAfter"/>) because of earlier wrong passwords.</summary>
public sealed record SignInOutcome(SignedInStaff? Staff, TimeSpan? RetryAfter)
{
    public static readonly SignInOutcome Rejected = new(null, null);
}

public sealed class SignInStaffHandler(CasewellDbContext db, StaffPasswordHasher hasher, LockoutPolicy lockout, TimeProvider clock)
{
    public async Task<SignInOutcome> Handle(SignInStaff request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Refused before any query: PostgreSQL cannot even compare text holding a NUL (22021).
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password)
            || request.Email.Length > StaffUser.MaxEmailLength || request.Password.Length > PasswordRules.MaxLength
            || !IsPlainText(request.Email))
            return SignInOutcome.Rejected;

        var now = clock.GetUtcNow();
        var normalized = StaffUser.Normalize(request.Email);
        var key = SignInThrottle.KeyFor(normalized);
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.Key == key, ct);
        // Known and unknown addresses wait alike, without checking anything and without an audit entry each:
        // the attempts that earned the wait are recorded, and a flood of refused ones must not flood the trail.
        if (throttle is not null && throttle.IsBlocked(now)) return new SignInOutcome(null, throttle.BlockedUntil!.Value - now);

        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        // Every attempt costs one password check, account or not, so the time taken tells nothing. An account an
        // administrator created waits for its owner to set a password through the activation link.
        var check = user is { IsActive: true, IsActivated: true } ? hasher.Verify(user, request.Password) : hasher.VerifyForNobody(request.Password);
        var from = $"from {request.Address ?? "an unknown address"}";
        if (check == PasswordCheck.Wrong)
        {
            if (throttle is null)
            {
                throttle = new SignInThrottle(normalized);
                db.SignInThrottles.Add(throttle);
            }
            throttle.RecordFailure(now, lockout);
            var why = user is null ? "unknown account" : !user.IsActive ? "inactive account" : !user.IsActivated ? "not yet activated" : "wrong password";
            var wait = throttle.IsBlocked(now) ? $"; next attempt waits {(throttle.BlockedUntil!.Value - now).TotalSeconds:0} s" : "";
            db.RecordAccess(AuditAction.StaffSignInFailed, nameof(StaffUser), user?.Id.ToString(), null, $"{why}{wait}; {from}");
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another attempt at the same address was counted at the same moment; this one is refused all the same.
            }
            return SignInOutcome.Rejected;
        }

        var staff = user!;
        if (check == PasswordCheck.RightButRehash) staff.SetPasswordHash(hasher.Hash(staff, request.Password));
        staff.RecordSignIn(now);
        var session = new StaffSession(Ids.New(clock), staff.Id, now, request.Address, request.UserAgent);
        db.StaffSessions.Add(session);
        db.ActAs(CurrentStaff.SignedIn(staff.Id, staff.DisplayName, staff.Role));
        db.RecordAccess(AuditAction.StaffSignedIn, nameof(StaffUser), staff.Id.ToString(), null, $"session {session.Id}; {from}");
        await db.SaveChangesAsync(ct);
        // The right password forgives earlier wrong ones; outside the save, so a guess counted meanwhile cannot fail it.
        if (throttle is not null) await db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(ct);
        return new SignInOutcome(new SignedInStaff(staff.Id, staff.DisplayName, staff.Role, staff.SecurityStamp, session.Id), null);
    }

    /// <summary>No control characters and no half of a surrogate pair: neither can be part of an email address.</summary>
    private static bool IsPlainText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i])) return false;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
