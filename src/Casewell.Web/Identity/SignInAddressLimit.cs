using System.Globalization;
using System.Threading.RateLimiting;

namespace Casewell.Web.Identity;

/// <summary>
/// Sign-in attempts per client address and minute (<c>Security:SignIn:AttemptsPerAddressPerMinute</c>). Held in
/// memory, per instance: it only slows one address's flood of guesses, each of which costs a password hash. What
/// must hold across instances, the wait after wrong passwords for one account, is in the database
/// (<see cref="Casewell.Identity.SignInThrottle"/>).
/// </summary>
internal sealed class SignInAddressLimit : IDisposable
{
    public const int MaxAttemptsPerMinute = 1_000_000;

    private readonly PartitionedRateLimiter<string> limiter;

    public SignInAddressLimit(int attemptsPerMinute)
    {
        if (Problem(attemptsPerMinute) is { } problem) throw new InvalidOperationException(problem);
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>What stops Casewell from starting with this limit, or null.</summary>
    public static string? Problem(int attemptsPerMinute) => attemptsPerMinute is >= 1 and <= MaxAttemptsPerMinute
        ? null
        : $"Security:SignIn:AttemptsPerAddressPerMinute must be from 1 to {MaxAttemptsPerMinute}; it is {attemptsPerMinute}.";

    public static string? AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    /// <summary>Null when this attempt may go ahead; otherwise how long the address must wait.</summary>
    public TimeSpan? Acquire(HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(AddressOf(http) ?? "");
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    /// <summary>Whole seconds, rounded up, as Retry-After (RFC 9110) wants them.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => limiter.Dispose();
}
