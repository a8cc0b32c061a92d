namespace Casewell.Identity;

/// <summary>
/// One sign-in, held on the server: the cookie names it, and a cookie whose session has ended (signed out,
/// idle, past its absolute limit, account changed) is refused even though the cookie itself is still valid.
/// Sessions are kept after they end, so that who signed in from where stays answerable.
/// </summary>
public sealed class StaffSession
{
    // The longest textual IPv6 address with an IPv4 tail and a zone is 45 characters.
    public const int MaxAddressLength = 45;
    public const int MaxUserAgentLength = 200;

    /// <summary>
    /// How stale <see cref="LastSeenAt"/> may be before a request writes it again: reading a page must not mean
    /// writing a row every time. The idle check therefore ends a session up to this much early, never late.
    /// </summary>
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    private StaffSession() { }

    public StaffSession(Guid id, Guid staffId, DateTimeOffset createdAt, string? address, string? userAgent)
    {
        Id = id;
        StaffId = staffId;
        CreatedAt = createdAt;
        LastSeenAt = createdAt;
        Address = Shortened(address, MaxAddressLength);
        UserAgent = Shortened(userAgent, MaxUserAgentLength);
    }

    public Guid Id { get; private set; }
    public Guid StaffId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public SessionEndReason? EndReason { get; private set; }
    public string? Address { get; private set; }
    public string? UserAgent { get; private set; }

    /// <summary>Why a request at <paramref name="now"/> may no longer use this session, or null when it may.</summary>
    public SessionEndReason? RefusalAt(DateTimeOffset now, SessionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (EndReason is { } ended) return ended;
        if (now - CreatedAt >= policy.AbsoluteLimit) return SessionEndReason.AbsoluteLimit;
        if (now - LastSeenAt >= policy.IdleTimeout) return SessionEndReason.IdleTimeout;
        return null;
    }

    public bool NeedsLastSeenUpdate(DateTimeOffset now) => now - LastSeenAt >= LastSeenPrecision;

    public void End(DateTimeOffset now, SessionEndReason reason)
    {
        if (EndedAt is not null) return;
        EndedAt = now;
        EndReason = reason;
    }

    // Headers are the client's to write: kept short, and without control characters PostgreSQL would refuse.
    private static string? Shortened(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var clean = new string(value.Trim().Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= max ? clean : clean[..max];
    }
}

public enum SessionEndReason
{
    SignedOut,
    IdleTimeout,
    AbsoluteLimit,
    AccountChanged,
}
