using Microsoft.AspNetCore.Identity;

namespace Casewell.Identity;

/// <summary>PBKDF2 (HMAC-SHA512, 100,000 iterations) as ASP.NET Core Identity's hasher does it; upgrades old hashes on sign-in.</summary>
public sealed class StaffPasswordHasher
{
    private readonly PasswordHasher<StaffUser> hasher = new();

    public string Hash(StaffUser user, string password) => hasher.HashPassword(user, password);

    public PasswordCheck Verify(StaffUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.PasswordHash)) return PasswordCheck.Wrong;
        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.RightButRehash,
            _ => PasswordCheck.Wrong,
        };
    }
}

public enum PasswordCheck
{
    Wrong,
    Right,
    RightButRehash,
}
