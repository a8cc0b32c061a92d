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
    public byte[] Mac { get; private set; } = [];
}
