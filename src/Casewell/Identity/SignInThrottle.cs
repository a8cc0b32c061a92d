using System.Security.Cryptography;
using System.Text;
using Casewell.Common;

namespace Casewell.Identity;

/// <summary>
/// Wrong passwords against one email address, held in the database so that every instance counts them. Kept
/// for any address typed, account or not: an address that exists must be throttled exactly as one that does
/// not, or the throttle itself would tell which accounts exist. The address is stored as a hash only.
/// </summary>
public sealed class SignInThrottle : IVersioned
{
    public const int KeyLength = 64;

    private SignInThrottle() { }

    public SignInThrottle(string normalizedEmail) => Key = KeyFor(normalizedEmail);

    public string Key { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTimeOffset? BlockedUntil { get; private set; }
    public DateTimeOffset LastFailureAt { get; private set; }
    public int Version { get; set; }

    public static string KeyFor(string normalizedEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));

    public bool IsBlocked(DateTimeOffset now) => BlockedUntil is { } until && until > now;

    /// <summary>
    /// Counts a wrong password. The first <see cref="LockoutPolicy.MaxFailedAttempts"/> are free; each one after
    /// makes the next attempt wait, twice as long each time up to <see cref="LockoutPolicy.Duration"/>, until the
    /// right password is given (which removes the throttle). A guesser gets a dozen tries an hour; the real user,
    /// once the guessing stops, waits minutes at most.
    /// </summary>
    public void RecordFailure(DateTimeOffset now, LockoutPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Failures++;
        LastFailureAt = now;
        var beyond = Failures - policy.MaxFailedAttempts;
        if (beyond < 0) return;
        var delay = policy.FirstDelay * Math.Pow(2, Math.Min(beyond, 30));
        BlockedUntil = now + (delay < policy.Duration ? delay : policy.Duration);
    }
}
