namespace Casewell.Audit;

/// <summary>
/// The record that months of the trail were dropped past retention (PostgreSQL, decision 0025): the trail now starts
/// after seal <see cref="BoundaryPosition"/>, whose MAC is <see cref="BoundarySealMac"/>; everything before
/// <see cref="KeptFrom"/> went, on <see cref="DroppedAt"/>, by <see cref="DroppedBy"/>. Its MAC is under the audit key,
/// as a checkpoint's is, so <c>verify-audit</c> can start from it and trust it; the table is insert-only.
/// </summary>
public sealed class AuditRetention
{
    public const int MaxDroppedByLength = 200;

    private AuditRetention() { }

    internal AuditRetention(long number, DateTimeOffset keptFrom, int monthsDropped, AuditSeal? boundary, DateTimeOffset droppedAt, string droppedBy, AuditKey key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(droppedBy);
        Number = number;
        KeptFrom = keptFrom;
        MonthsDropped = monthsDropped;
        BoundaryPosition = boundary?.Position ?? 0;
        BoundarySequence = boundary?.EntrySequence ?? 0;
        BoundarySealMac = boundary?.Mac ?? AuditEncoding.GenesisMac.ToArray();
        // Milliseconds, as the encoding keeps them and both databases store them exactly.
        DroppedAt = DateTimeOffset.FromUnixTimeMilliseconds(droppedAt.ToUnixTimeMilliseconds());
        DroppedBy = droppedBy.Length > MaxDroppedByLength ? droppedBy[..MaxDroppedByLength] : droppedBy;
        Mac = key.Mac(Encoded());
    }

    /// <summary>1 for the first retention, then one more for each: a gap means a record was removed.</summary>
    public long Number { get; private set; }

    /// <summary>The first instant the trail still holds: the start of a month, UTC.</summary>
    public DateTimeOffset KeptFrom { get; private set; }

    /// <summary>How many months this retention dropped.</summary>
    public int MonthsDropped { get; private set; }

    /// <summary>The last seal whose entry was dropped (0 when none was ever sealed): verification goes on from the next.</summary>
    public long BoundaryPosition { get; private set; }

    public long BoundarySequence { get; private set; }
    public byte[] BoundarySealMac { get; private set; } = [];
    public DateTimeOffset DroppedAt { get; private set; }
    public string DroppedBy { get; private set; } = "";
    public byte[] Mac { get; private set; } = [];

    public bool IsGenuine(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Verifies(Encoded(), Mac);
    }

    private byte[] Encoded() =>
        AuditEncoding.Retention(Number, KeptFrom, MonthsDropped, BoundaryPosition, BoundarySequence, BoundarySealMac, DroppedAt, DroppedBy);
}
