namespace Casewell.Identity;

/// <summary>
/// How long a session lives: <c>Security:IdleTimeoutMinutes</c> without a request (HIPAA automatic log-off) and
/// <c>Security:AbsoluteSessionHours</c> from sign-in however busy it is, so a stolen cookie cannot be kept alive.
/// </summary>
public sealed class SessionPolicy
{
    public const int MaxAbsoluteHours = 24 * 7;

    public SessionPolicy(TimeSpan idleTimeout, TimeSpan absoluteLimit)
    {
        if (Problem(idleTimeout.TotalMinutes, absoluteLimit.TotalHours) is { } problem) throw new InvalidOperationException(problem);
        IdleTimeout = idleTimeout;
        AbsoluteLimit = absoluteLimit;
    }

    /// <summary>
    /// What stops Casewell from starting with settings <c>Security:IdleTimeoutMinutes</c> and
    /// <c>Security:AbsoluteSessionHours</c>, or null. Checked as numbers, before they become time spans: NaN or a
    /// huge figure would make no time span at all.
    /// </summary>
    public static string? Problem(double idleMinutes, double absoluteHours)
    {
        if (idleMinutes is not (> 0 and <= MaxAbsoluteHours * 60))
            return $"Security:IdleTimeoutMinutes must be more than 0 and at most {MaxAbsoluteHours * 60}; it is {idleMinutes}.";
        if (absoluteHours is not (> 0 and <= MaxAbsoluteHours))
            return $"Security:AbsoluteSessionHours must be more than 0 and at most {MaxAbsoluteHours}; it is {absoluteHours}.";
        if (absoluteHours * 60 < idleMinutes)
            return $"Security:AbsoluteSessionHours ({absoluteHours}) must not be shorter than Security:IdleTimeoutMinutes ({idleMinutes} minutes).";
        return null;
    }

    public TimeSpan IdleTimeout { get; }
    public TimeSpan AbsoluteLimit { get; }
}
