namespace Casewell.Identity;

/// <summary>Configuration section <c>Security:Lockout</c>: how wrong passwords slow further attempts (see <see cref="SignInThrottle"/>).</summary>
public sealed class LockoutPolicy
{
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>The wait after the first wrong password beyond <see cref="MaxFailedAttempts"/>; it doubles with each further one.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest wait.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);

    public LockoutPolicy Validated()
    {
        if (MaxFailedAttempts is < 1 or > 100)
            throw new InvalidOperationException($"Security:Lockout:MaxFailedAttempts must be from 1 to 100; it is {MaxFailedAttempts}.");
        if (FirstDelay <= TimeSpan.Zero || Duration < FirstDelay || Duration > TimeSpan.FromDays(1))
            throw new InvalidOperationException($"Security:Lockout:FirstDelay must be positive and Security:Lockout:Duration from it to one day; they are {FirstDelay} and {Duration}.");
        return this;
    }
}
