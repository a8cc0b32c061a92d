using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

/// <summary>
/// Seal the committed entries not sealed yet, in sequence order, up to <c>BatchSize</c> of them. Entries
/// are looked for as far as <c>Lookback</c> sequences behind the last one sealed, because a sequence is
/// taken when a row is inserted and a transaction that took one may commit after a later one was sealed.
/// </summary>
public sealed record SealAuditTrail(int BatchSize, long Lookback);

/// <param name="Sealed">How many entries this run sealed.</param>
/// <param name="Busy">Another sealer held the turn, so this one sealed nothing.</param>
public sealed record SealReport(int Sealed, bool Busy);

/// <summary>
/// The one thing that serializes on the audit trail, and only with itself: each seal links to the one before, so two
/// sealers at once would fork the chain. On PostgreSQL the second leaves (an advisory lock it does not wait for); on
/// SQLite the write transaction is the turn. Writers of entries never wait for it.
/// </summary>
public sealed class SealAuditTrailHandler(CasewellDbContext db)
{
    public async Task<SealReport> Handle(SealAuditTrail request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var write = await db.BeginWriteAsync(ct);
        if (!await db.TryTakeSealerTurnAsync(ct)) return new SealReport(0, Busy: true);

        var last = await db.AuditSeals.AsNoTracking().OrderByDescending(s => s.Position).FirstOrDefaultAsync(ct);
        var highestSealed = await db.AuditSeals.MaxAsync(s => (long?)s.EntrySequence, ct) ?? 0;
        var floor = highestSealed - request.Lookback;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > floor && !db.AuditSeals.Any(s => s.EntrySequence == e.Sequence))
            .OrderBy(e => e.Sequence)
            .Take(request.BatchSize)
            .ToListAsync(ct);
        if (entries.Count == 0) return new SealReport(0, Busy: false);

        var now = db.Clock.GetUtcNow();
        var position = last?.Position ?? 0;
        var previousMac = last?.Mac ?? AuditEncoding.GenesisMac.ToArray();
        AuditSeal seal = null!;
        foreach (var entry in entries)
        {
            seal = new AuditSeal(++position, entry, previousMac, now, db.AuditKey);
            db.AuditSeals.Add(seal);
            previousMac = seal.Mac;
        }
        db.AuditCheckpoints.Add(new AuditCheckpoint(seal, now, db.AuditKey));
        await db.SaveChangesAsync(ct);
        await write.CommitAsync(ct);
        return new SealReport(entries.Count, Busy: false);
    }
}
