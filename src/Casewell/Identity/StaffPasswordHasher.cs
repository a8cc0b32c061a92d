using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Casewell.Identity;

/// <summary>PBKDF2 (HMAC-SHA512, 100,000 iterations) as ASP.NET Core Identity's hasher does it; upgrades old hashes on sign-in.</summary>
public sealed class StaffPasswordHasher(IPasswordHasher<StaffUser> hasher)
{
    private static readonly StaffUser Nobody = new(Guid.Empty, "", "", StaffRole.CaseWorker, DateTimeOffset.MinValue);

    // A hash of a password nobody knows, made as real ones are, so checking against it costs what a real check costs.
    private readonly Lazy<string> nobodysHash = new(() => hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));

    public string Hash(StaffUser user, string password) => hasher.HashPassword(user, password);

    public PasswordCheck Verify(StaffUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.PasswordHash)) return VerifyForNobody(password);
        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.RightButRehash,
            _ => PasswordCheck.Wrong,
        };
    }

    /// <summary>
    /// The same work as <see cref="Verify"/>, for an email with no usable account: a sign-in that answered sooner
    /// for an unknown or inactive account than for a wrong password would tell a stranger which accounts exist.
    /// </summary>
    public PasswordCheck VerifyForNobody(string password)
    {
        hasher.VerifyHashedPassword(Nobody, nobodysHash.Value, password);
        return PasswordCheck.Wrong;
    }
}

public enum PasswordCheck
{
    Wrong,
    Right,
    RightButRehash,
}
