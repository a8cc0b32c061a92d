using System.Security.Cryptography;
using Casewell.Common;

namespace Casewell.Identity;

public sealed class StaffUser : IVersioned
{
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 200;

    private StaffUser() { }

    public StaffUser(Guid id, string email, string displayName, StaffRole role, DateTimeOffset createdAt)
    {
        Id = id;
        Email = email.Trim();
        NormalizedEmail = Normalize(email);
        DisplayName = displayName.Trim();
        Role = role;
        CreatedAt = createdAt;
        IsActive = true;
        SecurityStamp = NewSecurityStamp();
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public string NormalizedEmail { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public StaffRole Role { get; private set; }
    public string PasswordHash { get; private set; } = "";
    public bool IsActive { get; private set; }

    /// <summary>Changes whenever existing sign-ins must stop working (deactivation, a new password).</summary>
    public string SecurityStamp { get; private set; } = "";

    /// <summary>
    /// For an account an administrator created: the hash of the one-time activation token its owner uses to set
    /// their own password, and when it stops working. Both null once the account is activated.
    /// </summary>
    public string? ActivationTokenHash { get; private set; }

    public DateTimeOffset? ActivationExpiresAt { get; private set; }

    /// <summary>False until the account has a password its owner chose (or an operator set at the server).</summary>
    public bool IsActivated => PasswordHash.Length > 0;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? LastSignInAt { get; private set; }
    public DateTimeOffset? DeactivatedAt { get; private set; }
    public int Version { get; set; }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        RotateSecurityStamp();
    }

    public void RecordSignIn(DateTimeOffset now) => LastSignInAt = now;

    /// <summary>Issues (or reissues: the earlier link stops working) the activation of an account without a password.</summary>
    public bool IssueActivation(string tokenHash, DateTimeOffset expiresAt)
    {
        if (IsActivated) return false;
        ActivationTokenHash = tokenHash;
        ActivationExpiresAt = expiresAt;
        return true;
    }

    /// <summary>The owner's own password, once: the token is spent whatever happens next.</summary>
    public bool Activate(string passwordHash, DateTimeOffset now)
    {
        if (IsActivated || ActivationExpiresAt is not { } expires || expires <= now) return false;
        ActivationTokenHash = null;
        ActivationExpiresAt = null;
        SetPasswordHash(passwordHash);
        return true;
    }

    public void Deactivate(DateTimeOffset now)
    {
        if (!IsActive) return;
        IsActive = false;
        DeactivatedAt = now;
        RotateSecurityStamp();
    }

    public void Reactivate()
    {
        IsActive = true;
        DeactivatedAt = null;
    }

    private void RotateSecurityStamp() => SecurityStamp = NewSecurityStamp();

    /// <summary>
    /// A stamp is compared with the one a session was issued under, so it must be unguessable, not ordered: 128 bits
    /// from the cryptographic generator, where a version 7 id would give away its creation time in its first bits.
    /// </summary>
    private static string NewSecurityStamp() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
