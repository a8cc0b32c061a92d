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
        SecurityStamp = Guid.NewGuid().ToString("N");
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

    private void RotateSecurityStamp() => SecurityStamp = Guid.NewGuid().ToString("N");
}
