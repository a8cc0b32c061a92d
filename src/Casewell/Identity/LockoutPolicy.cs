namespace Casewell.Identity;

/// <summary>Configuration section <c>Security:Lockout</c>.</summary>
public sealed class LockoutPolicy
{
    public int MaxFailedAttempts { get; set; } = 5;
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
