namespace Casewell.Identity;

/// <summary>Configuration section <c>Security:Lockout</c>: how wrong passwords slow further attempts (see <see cref="SignInThrottle"/>).</summary>
public sealed class LockoutPolicy
{
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>The wait after the first wrong password beyond <see cref="MaxFailedAttempts"/>; it doubles with each further one.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest wait.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>What stops Casewell from starting with this policy, or null.</summary>
    public string? Problem()
    {
        if (MaxFailedAttempts is < 1 or > 100)
            return $"Security:Lockout:MaxFailedAttempts must be from 1 to 100; it is {MaxFailedAttempts}.";
        if (FirstDelay <= TimeSpan.Zero || Duration < FirstDelay || Duration > TimeSpan.FromDays(1))
            return $"Security:Lockout:FirstDelay must be positive and Security:Lockout:Duration from it to one day; they are {FirstDelay} and {Duration}.";
        return null;
    }
}
