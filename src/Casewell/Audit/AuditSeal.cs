namespace Casewell.Audit;

/// <summary>
/// A link of the seal chain: seal n names one committed entry (sequence, id, MAC) and carries a MAC over that and the
/// MAC of seal n-1, so removing, reordering or inserting an entry or a seal breaks the chain from there on. Written by
/// <see cref="SealAuditTrailHandler"/> only, in order, after the entries commit.
/// </summary>
public sealed class AuditSeal
{
    private AuditSeal() { }

    internal AuditSeal(long position, AuditEntry entry, ReadOnlySpan<byte> previousMac, DateTimeOffset sealedAt, AuditKey key)
    {
        Position = position;
        EntrySequence = entry.Sequence;
        EntryId = entry.Id;
        Mac = key.Mac(AuditEncoding.Seal(position, entry.Sequence, entry.Id, entry.Mac, previousMac));
        SealedAt = sealedAt;
    }

    /// <summary>1 for the first seal, then one more for each.</summary>
    public long Position { get; private set; }
    public long EntrySequence { get; private set; }
    public Guid EntryId { get; private set; }
    public byte[] Mac { get; private set; } = [];
    public DateTimeOffset SealedAt { get; private set; }

    /// <summary>Whether this seal follows the one whose MAC is <paramref name="previousMac"/> and seals <paramref name="entry"/> as it is now.</summary>
    public bool Links(ReadOnlySpan<byte> previousMac, AuditEntry entry, AuditKey key) =>
        entry.Sequence == EntrySequence && entry.Id == EntryId
        && key.Verifies(AuditEncoding.Seal(Position, EntrySequence, EntryId, entry.Mac, previousMac), Mac);
}
