namespace Casewell.Audit;

/// <summary>
/// A note of how far the seal chain reached at a moment, with a MAC under the audit key. The sealer writes one after
/// each run; the same values, as a <see cref="AuditCheckpointToken"/> an operator keeps outside the database, show
/// later that the chain was not cut back behind them.
/// </summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint() { }

    internal AuditCheckpoint(AuditSeal seal, DateTimeOffset takenAt, AuditKey key)
    {
        Position = seal.Position;
        SealMac = seal.Mac;
        TakenAt = DateTimeOffset.FromUnixTimeMilliseconds(takenAt.ToUnixTimeMilliseconds());
        Mac = key.Mac(AuditEncoding.Checkpoint(Position, SealMac, TakenAt));
    }

    public long Position { get; private set; }
    public byte[] SealMac { get; private set; } = [];
    public DateTimeOffset TakenAt { get; private set; }
    public byte[] Mac { get; private set; } = [];

    public bool IsGenuine(AuditKey key) => key.Verifies(AuditEncoding.Checkpoint(Position, SealMac, TakenAt), Mac);

    public AuditCheckpointToken Token() => new(Position, SealMac, TakenAt, Mac);
}
