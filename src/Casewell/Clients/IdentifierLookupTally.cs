using Casewell.Common;

namespace Casewell.Clients;

/// <summary>
/// One row per person who has made an exact identifier lookup, changed by each of their lookups (and refusals).
/// The lookups are counted from the audit trail; this row is what makes the count safe under concurrency: two of
/// one person's lookups that counted the same trail both change the row, and its version lets only the first
/// save, so the second counts again. Different people never wait for each other.
/// </summary>
public sealed class IdentifierLookupTally : IVersioned
{
    private IdentifierLookupTally() { }

    public IdentifierLookupTally(Guid staffId) => StaffId = staffId;

    public Guid StaffId { get; private set; }

    /// <summary>Lookups answered, ever: the change each one makes to the row.</summary>
    public int Answered { get; private set; }

    /// <summary>Lookups refused past the limit, ever.</summary>
    public int Refused { get; private set; }
    public DateTimeOffset LastAt { get; private set; }
    public int Version { get; set; }

    public void Count(bool answered, DateTimeOffset now)
    {
        if (answered) Answered++;
        else Refused++;
        LastAt = now;
    }
}
