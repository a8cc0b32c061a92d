using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

/// <summary>Check the whole trail; with a checkpoint kept outside the database, also that its tail was not cut.</summary>
public sealed record VerifyAuditChain(AuditCheckpointToken? Checkpoint = null);

/// <param name="IsIntact">Nothing was found changed, removed, inserted or cut.</param>
/// <param name="EntriesChecked">Entries whose MAC was verified (sealed and not).</param>
/// <param name="SealsChecked">Seals verified, in order, before the end or the first break.</param>
/// <param name="FirstBrokenSequence">The entry at which the trail is first broken, when the break is an entry's.</param>
/// <param name="FirstBrokenPosition">The seal at which the chain is first broken, when the break is a seal's.</param>
/// <param name="Unsealed">Entries with a good MAC not sealed yet (the sealer's backlog, or a transaction still open).</param>
/// <param name="Problem">What is wrong there, in words for the operator.</param>
/// <param name="Checkpoint">A checkpoint of the chain as verified now, for the operator to keep.</param>
public sealed record AuditChainReport(
    bool IsIntact, long EntriesChecked, long SealsChecked, long Unsealed,
    long? FirstBrokenSequence, long? FirstBrokenPosition, string? Problem, AuditCheckpointToken? Checkpoint)
{
    /// <summary>
    /// Entries written before the trail was keyed (an upgraded database): they have no MAC, so their content cannot be
    /// verified, but their place in the seal chain is sealed like any other. Counted in <see cref="EntriesChecked"/>.
    /// </summary>
    public long Earlier { get; init; }

    /// <summary>Where the trail starts, when months of it were dropped past retention: verification started after its boundary.</summary>
    public AuditRetentionSummary? Retention { get; init; }
}

/// <param name="MonthsDropped">Months dropped by every retention so far.</param>
/// <param name="KeptFrom">The first instant the trail still holds.</param>
/// <param name="BoundaryPosition">The last seal of a dropped entry: verification started at the next.</param>
/// <param name="BoundarySequence">That seal's entry.</param>
/// <param name="DroppedAt">When the latest retention ran.</param>
/// <param name="DroppedBy">Who ran it.</param>
public sealed record AuditRetentionSummary(long MonthsDropped, DateTimeOffset KeptFrom, long BoundaryPosition, long BoundarySequence, DateTimeOffset DroppedAt, string DroppedBy);

/// <summary>
/// Walks the seal chain in order, a batch at a time (never the whole trail in memory): every seal links to the one
/// before and to its entry as it is now, every entry's MAC matches its content, no position is missing (a deleted
/// range), every checkpoint row names a seal that is there. Then the entries not sealed yet, by their MACs. A change
/// made without the audit key, however the chain after it is recomputed, fails one of these.
/// Where months were dropped past retention, the walk starts after the latest retention record's boundary seal, once
/// every retention record's MAC is checked and that seal is found to be the one the record names (decision 0025); an
/// entry kept whose seal comes before the boundary is checked by its MAC.
/// </summary>
public sealed class VerifyAuditChainHandler(CasewellDbContext db)
{
    private const int BatchSize = 2000;

    public async Task<AuditChainReport> Handle(VerifyAuditChain request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = db.AuditKey;
        var walk = new Walk();
        // Entries from before the keyed trail carry no MAC, and all come before the first that has one. An entry whose MAC
        // was removed later is not among them: it comes after, or its seal (which covers the MAC) no longer links.
        var none = Array.Empty<byte>();
        var firstKeyed = await db.AuditEntries.Where(e => e.Mac != none).MinAsync(e => (long?)e.Sequence, ct) ?? long.MaxValue;
        bool Genuine(AuditEntry entry, IEnumerable<Guid> shown)
        {
            if (entry.Mac.Length > 0 || entry.Sequence >= firstKeyed) return entry.MatchesMac(shown, key);
            walk.Earlier++;
            return true;
        }

        var retention = await RetentionAsync(key, ct);
        walk.Summary = retention.Summary;
        if (retention.Problem is not null) return walk.Broken(null, retention.Summary?.BoundaryPosition, retention.Problem);
        if (retention.Start is { } start)
        {
            walk.StartAfter(start);
            // A checkpoint kept from before the retention names a seal whose entry may be gone: the seal itself is still there.
            if (request.Checkpoint is { } early && early.Position <= start.Position
                && await db.AuditSeals.AsNoTracking().Where(s => s.Position == early.Position).Select(s => s.Mac).SingleOrDefaultAsync(ct) is var stored
                && !(stored ?? []).AsSpan().SequenceEqual(early.SealMac))
                return walk.Broken(null, early.Position, $"seal {early.Position} is not the one the checkpoint names");
            if (await KeptBeforeBoundaryAsync(start.Position, Genuine, ct) is { } straddler)
                return walk.Broken(straddler, null, "its content does not match its MAC (kept, sealed before the retention boundary)");
        }

        while (true)
        {
            var seals = await db.AuditSeals.AsNoTracking().Where(s => s.Position > walk.Position)
                .OrderBy(s => s.Position).Take(BatchSize).ToListAsync(ct);
            if (seals.Count == 0) break;
            var sequences = seals.Select(s => s.EntrySequence).ToList();
            // A list, not a dictionary: on PostgreSQL the key is (Sequence, OccurredAt), so a row inserted with a sequence
            // already taken is possible there, and must be reported, not crash the walk.
            var rows = await db.AuditEntries.AsNoTracking().Where(e => sequences.Contains(e.Sequence)).ToListAsync(ct);
            if (rows.GroupBy(e => e.Sequence).FirstOrDefault(g => g.Count() > 1) is { } twice)
                return walk.Broken(twice.Key, null, $"entry {twice.Key} appears more than once");
            var entries = rows.ToDictionary(e => e.Sequence);
            var shown = await ShownAsync([.. entries.Values.Select(e => e.Id)], ct);
            var (from, to) = (seals[0].Position, seals[^1].Position);
            var checkpoints = await db.AuditCheckpoints.AsNoTracking().Where(c => c.Position >= from && c.Position <= to)
                .ToDictionaryAsync(c => c.Position, ct);
            foreach (var seal in seals)
            {
                if (seal.Position != walk.Position + 1)
                    return walk.Broken(null, walk.Position + 1, $"seal {walk.Position + 1} is missing: the entries it sealed were removed");
                if (!entries.TryGetValue(seal.EntrySequence, out var entry))
                    return walk.Broken(seal.EntrySequence, seal.Position,
                        $"entry {seal.EntrySequence}, sealed at {seal.Position}, is missing (removed, or its month dropped without a retention record)");
                if (!Genuine(entry, shown[entry.Id]))
                    return walk.Broken(entry.Sequence, seal.Position, "its content does not match its MAC");
                if (!seal.Links(walk.PreviousMac, entry, key))
                    return walk.Broken(entry.Sequence, seal.Position, $"seal {seal.Position} does not link to the seal before it and its entry");
                if (checkpoints.TryGetValue(seal.Position, out var checkpoint) && !(checkpoint.IsGenuine(key) && checkpoint.SealMac.AsSpan().SequenceEqual(seal.Mac)))
                    return walk.Broken(null, seal.Position, $"the checkpoint at seal {seal.Position} does not match it");
                if (request.Checkpoint is { } token && token.Position == seal.Position && !token.SealMac.AsSpan().SequenceEqual(seal.Mac))
                    return walk.Broken(null, seal.Position, $"seal {seal.Position} is not the one the checkpoint names");
                walk.Sealed(seal);
            }
        }

        if (request.Checkpoint is { } kept && kept.Position > walk.Position)
            return walk.Broken(null, walk.Position + 1, $"the chain ends at seal {walk.Position}, but the checkpoint names seal {kept.Position}: its tail was cut");
        if (await db.AuditCheckpoints.AnyAsync(c => c.Position > walk.Position, ct))
            return walk.Broken(null, walk.Position + 1, $"the chain ends at seal {walk.Position}, but a checkpoint names a later seal: its tail was cut");

        // A copied row carries a MAC that verifies, so only its Id (unique, unless the index was dropped) gives it away.
        var copy = await db.AuditEntries.AsNoTracking().GroupBy(e => e.Id).Where(g => g.Count() > 1)
            .Select(g => (long?)g.Max(e => e.Sequence)).OrderBy(s => s).FirstOrDefaultAsync(ct);
        if (copy is { } copied)
            return walk.Broken(copied, null, $"entry {copied} is a copy of an earlier entry (the same id)");

        long after = 0;
        while (true)
        {
            var unsealed = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after && !db.AuditSeals.Any(s => s.EntrySequence == e.Sequence))
                .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (unsealed.Count == 0) break;
            var shown = await ShownAsync([.. unsealed.Select(e => e.Id)], ct);
            foreach (var entry in unsealed)
            {
                if (!Genuine(entry, shown[entry.Id]))
                    return walk.Broken(entry.Sequence, null, "its content does not match its MAC (not sealed yet)");
                walk.Unsealed++;
            }
            after = unsealed[^1].Sequence;
        }
        return walk.Intact(key, db.Clock.GetUtcNow());
    }

    /// <summary>
    /// The retention records, each checked by its MAC and all numbered from 1 without a gap, and the seal the latest names
    /// as its boundary, which must be in the chain with the MAC the record gives: the walk starts after it.
    /// </summary>
    private async Task<(AuditSeal? Start, AuditRetentionSummary? Summary, string? Problem)> RetentionAsync(AuditKey key, CancellationToken ct)
    {
        var records = await db.AuditRetentions.AsNoTracking().OrderBy(r => r.Number).ToListAsync(ct);
        if (records.Count == 0) return (null, null, null);
        var latest = records[^1];
        var summary = new AuditRetentionSummary(records.Sum(r => (long)r.MonthsDropped), latest.KeptFrom, latest.BoundaryPosition, latest.BoundarySequence,
            latest.DroppedAt, latest.DroppedBy);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Number != i + 1) return (null, summary, $"retention record {i + 1} is missing: the records go on at {record.Number}");
            if (!record.IsGenuine(key)) return (null, summary, $"retention record {record.Number} does not match its MAC: it was forged or edited");
            if (i > 0 && (record.KeptFrom <= records[i - 1].KeptFrom || record.BoundaryPosition < records[i - 1].BoundaryPosition))
                return (null, summary, $"retention record {record.Number} goes back behind the one before it");
        }
        if (latest.BoundaryPosition == 0) return (null, summary, null);
        var boundary = await db.AuditSeals.AsNoTracking().SingleOrDefaultAsync(s => s.Position == latest.BoundaryPosition, ct);
        if (boundary is null || boundary.EntrySequence != latest.BoundarySequence || !boundary.Mac.AsSpan().SequenceEqual(latest.BoundarySealMac))
            return (null, summary, $"seal {latest.BoundaryPosition} is not the one retention record {latest.Number} names as where the trail starts");
        return (boundary, summary, null);
    }

    /// <summary>An entry still held whose seal is at or before the boundary (it straddled a month's end) that fails its MAC, if any.</summary>
    private async Task<long?> KeptBeforeBoundaryAsync(long boundary, Func<AuditEntry, IEnumerable<Guid>, bool> genuine, CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var kept = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after && db.AuditSeals.Any(s => s.EntrySequence == e.Sequence && s.Position <= boundary))
                .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (kept.Count == 0) return null;
            var shown = await ShownAsync([.. kept.Select(e => e.Id)], ct);
            foreach (var entry in kept)
                if (!genuine(entry, shown[entry.Id])) return entry.Sequence;
            after = kept[^1].Sequence;
        }
    }

    private async Task<ILookup<Guid, Guid>> ShownAsync(List<Guid> entryIds, CancellationToken ct) =>
        (await db.AuditEntryClients.AsNoTracking().Where(c => entryIds.Contains(c.EntryId)).Select(c => new { c.EntryId, c.ClientId }).ToListAsync(ct))
            .ToLookup(c => c.EntryId, c => c.ClientId);

    /// <summary>How far the walk has come.</summary>
    private sealed class Walk
    {
        private AuditSeal? last;
        private long sealsChecked;

        public long Position => last?.Position ?? 0;
        public byte[] PreviousMac => last?.Mac ?? AuditEncoding.GenesisMac.ToArray();
        public long Unsealed { get; set; }
        public long Earlier { get; set; }
        public AuditRetentionSummary? Summary { get; set; }

        /// <summary>Past retention: the walk goes on from the boundary seal, which is trusted, not counted.</summary>
        public void StartAfter(AuditSeal boundary) => last = boundary;

        public void Sealed(AuditSeal seal)
        {
            last = seal;
            sealsChecked++;
        }

        public AuditChainReport Broken(long? sequence, long? position, string problem) =>
            new(false, sealsChecked + Unsealed, sealsChecked, Unsealed, sequence, position, problem, null) { Earlier = Earlier, Retention = Summary };

        public AuditChainReport Intact(AuditKey key, DateTimeOffset now) =>
            new(true, sealsChecked + Unsealed, sealsChecked, Unsealed, null, null, null, last is null ? null : new AuditCheckpoint(last, now, key).Token())
            { Earlier = Earlier, Retention = Summary };
    }
}
