namespace Casewell.Audit;

/// <summary>
/// One line of the append-only audit trail. Its MAC, under a key outside the database, is computed as it is written,
/// so an edited entry is found even before it is sealed; the database numbers it (<see cref="Sequence"/>, the order of
/// insertion, not of commit) and the sealer chains it after commit (<see cref="AuditSeal"/>). Nothing changes an entry
/// once written: the class has no setter and the database refuses updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailsLength = 4000;

    private AuditEntry() { }

    internal AuditEntry(PendingAudit pending, AuditKey key)
    {
        // Both databases keep milliseconds exactly, and the encoding keeps milliseconds: finer ticks would not verify.
        OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(pending.OccurredAt.ToUnixTimeMilliseconds());
        Id = Guid.CreateVersion7(OccurredAt);
        ActorId = pending.ActorId;
        ActorName = pending.ActorName;
        Action = pending.Action;
        EntityType = pending.EntityType;
        EntityId = pending.EntityId;
        ClientId = pending.ClientId;
        Details = pending.Details;
        Source = pending.Source is { Length: > AuditSource.MaxLength } source ? source[..AuditSource.MaxLength] : pending.Source;
        EncodingVersion = AuditEncoding.CurrentEntryVersion;
        Mac = key.Mac(AuditEncoding.Entry(this, pending.ShownClients));
    }

    /// <summary>Given by the database as the row is inserted; 0 until then.</summary>
    public long Sequence { get; private set; }
    public Guid Id { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string? EntityId { get; private set; }
    public Guid? ClientId { get; private set; }
    public string? Details { get; private set; }

    /// <summary>From where: a request's client address, "command line", a background service (<see cref="AuditSource"/>).</summary>
    public string? Source { get; private set; }

    /// <summary>
    /// Which encoding of <see cref="AuditEncoding"/> the MAC is over: 1 for entries written before entries had a source,
    /// 2 since. Not itself a field of the encoding, but each version has a label of its own, so changing it breaks the MAC.
    /// </summary>
    public short EncodingVersion { get; private set; }
    public byte[] Mac { get; private set; } = [];

    /// <summary>Whether the entry and the clients it showed are what its MAC was computed over.</summary>
    public bool MatchesMac(IEnumerable<Guid> shownClients, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // A version the encoding does not know, or a source on an entry of a version without one, is an edit: reported, not thrown.
        if (!AuditEncoding.KnowsEntryVersion(EncodingVersion) || (EncodingVersion == 1 && Source is not null)) return false;
        return key.Verifies(AuditEncoding.Entry(this, shownClients), Mac);
    }
}
