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
        if (idleTimeout <= TimeSpan.Zero || idleTimeout > TimeSpan.FromHours(MaxAbsoluteHours))
            throw new InvalidOperationException($"Security:IdleTimeoutMinutes must be from 1 to {MaxAbsoluteHours * 60}; it is {idleTimeout.TotalMinutes}.");
        if (absoluteLimit <= TimeSpan.Zero || absoluteLimit > TimeSpan.FromHours(MaxAbsoluteHours))
            throw new InvalidOperationException($"Security:AbsoluteSessionHours must be more than 0 and at most {MaxAbsoluteHours}; it is {absoluteLimit.TotalHours}.");
        if (absoluteLimit < idleTimeout)
            throw new InvalidOperationException($"Security:AbsoluteSessionHours ({absoluteLimit.TotalHours}) must not be shorter than Security:IdleTimeoutMinutes ({idleTimeout.TotalMinutes} minutes).");
        IdleTimeout = idleTimeout;
        AbsoluteLimit = absoluteLimit;
    }

    public TimeSpan IdleTimeout { get; }
    public TimeSpan AbsoluteLimit { get; }
}
