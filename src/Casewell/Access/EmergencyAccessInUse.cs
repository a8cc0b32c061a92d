namespace Casewell.Access;

/// <summary>
/// The emergency grant the current request has read a client's record through, if any: set by <see cref="ClientReads"/>,
/// read by the web to flag the page (a banner) and the API response (the <c>Casewell-Emergency-Access</c> header).
/// One per request scope.
/// </summary>
public sealed class EmergencyAccessInUse
{
    public GrantInUse? Grant { get; private set; }

    internal void Use(GrantInUse grant) => Grant ??= grant;
}

public sealed record GrantInUse(Guid GrantId, Guid ClientId, DateTimeOffset ExpiresAt, string Reason);
