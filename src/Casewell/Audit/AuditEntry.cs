namespace Casewell.Audit;

/// <summary>
/// One line of the append-only audit trail. Each entry carries the hash of the one before it, so a changed,
/// removed or inserted line breaks the chain and <c>verify-audit</c> finds it.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailsLength = 4000;

    private AuditEntry() { }

    internal AuditEntry(long sequence, PendingAudit pending, string previousHash)
    {
        Sequence = sequence;
        // Both databases keep milliseconds exactly; finer ticks would make the stored hash unverifiable.
        OccurredAt = new DateTimeOffset(pending.OccurredAt.UtcTicks - pending.OccurredAt.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        ActorId = pending.ActorId;
        ActorName = pending.ActorName;
        Action = pending.Action;
        EntityType = pending.EntityType;
        EntityId = pending.EntityId;
        ClientId = pending.ClientId;
        Details = pending.Details;
        PreviousHash = previousHash;
        Hash = AuditHash.Compute(this);
    }

    public long Sequence { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string? EntityId { get; private set; }
    public Guid? ClientId { get; private set; }
    public string? Details { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";
}
