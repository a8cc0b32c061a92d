using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

/// <summary>
/// Drop the months of the trail before <see cref="KeptFrom"/> (the first day of a month, UTC). Without
/// <see cref="Confirm"/>, only say what would go. <see cref="DroppedBy"/> names the operator for the record.
/// </summary>
public sealed record ApplyAuditRetention(DateOnly KeptFrom, bool Confirm, string DroppedBy);

public enum AuditRetentionOutcome
{
    /// <summary>The months were dropped, after their retention record.</summary>
    Dropped,

    /// <summary>Not confirmed: nothing changed; the report says what would go.</summary>
    WouldDrop,

    /// <summary>No month before the date is held: nothing to do.</summary>
    NothingToDrop,

    /// <summary>Refused (the reason in <see cref="AuditRetentionReport.Problem"/>); nothing changed.</summary>
    Refused,

    /// <summary>The database has no monthly partitions (SQLite): retention is for PostgreSQL.</summary>
    NotPartitioned,
}

/// <param name="Outcome">What came of it.</param>
/// <param name="Months">The months dropped, or that would be.</param>
/// <param name="Entries">The entries of those months.</param>
/// <param name="Problem">Why not, in words for the operator, when it was refused.</param>
/// <param name="Record">The retention record written, when the months were dropped.</param>
public sealed record AuditRetentionReport(AuditRetentionOutcome Outcome, IReadOnlyList<DateOnly> Months, long Entries, string? Problem, AuditRetention? Record);

/// <summary>
/// Retention of the trail on PostgreSQL (decision 0025). In one transaction, holding the sealer's turn so that no seal is
/// written meanwhile: refuse unless every entry of the months to drop is sealed; write the retention record (its MAC under
/// the audit key) and, with it, its own audit entry; then drop each month through the database's one function for it,
/// which refuses the current and later months and any month no retention record covers. <c>verify-audit</c> then starts
/// after the record's boundary seal.
/// </summary>
public sealed class ApplyAuditRetentionHandler(CasewellDbContext db)
{
    public async Task<AuditRetentionReport> Handle(ApplyAuditRetention request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!db.PartitionsAuditTrail)
            return new(AuditRetentionOutcome.NotPartitioned, [], 0, "Retention drops whole months of the trail, which only PostgreSQL keeps in partitions; on SQLite the trail is kept whole.", null);
        if (request.KeptFrom.Day != 1) throw new ArgumentException("Retention keeps whole months: the date must be the first of a month.", nameof(request));
        var keptFrom = new DateTimeOffset(request.KeptFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var now = db.Clock.GetUtcNow();
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        if (keptFrom > thisMonth)
            return Refused($"The trail keeps the current month ({thisMonth:yyyy-MM}) and later: the months to drop must end by then.");

        await using var write = await db.BeginWriteAsync(ct);
        await db.WaitForSealerTurnAsync(ct);
        var months = (await db.AuditMonthsBeforeAsync(keptFrom, ct)).Select(m => DateOnly.FromDateTime(m.UtcDateTime)).ToList();
        if (months.Count == 0) return new(AuditRetentionOutcome.NothingToDrop, [], 0, null, null);

        var first = new DateTimeOffset(months[0].ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var dropped = db.AuditEntries.Where(e => e.OccurredAt >= first && e.OccurredAt < keptFrom);
        var unsealed = await dropped.CountAsync(e => !db.AuditSeals.Any(s => s.EntrySequence == e.Sequence), ct);
        if (unsealed > 0)
            return Refused($"{unsealed} entries of the months to drop are not sealed yet: run it again once the sealer has reached them (verify-audit shows how far it is).");
        var entries = await dropped.LongCountAsync(ct);
        if (!request.Confirm) return new(AuditRetentionOutcome.WouldDrop, months, entries, null, null);

        var previous = await db.AuditRetentions.AsNoTracking().OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        if (previous is not null && previous.KeptFrom >= keptFrom)
            return Refused($"A retention already keeps the trail from {previous.KeptFrom:yyyy-MM} on.");
        // Where verification starts again: after the last seal of an entry that goes (or the previous boundary, when none
        // of the entries that go was sealed after it). An entry kept whose seal comes before it is checked by its own MAC.
        var last = await (from e in dropped join s in db.AuditSeals on e.Sequence equals s.EntrySequence select (long?)s.Position).MaxAsync(ct);
        var position = Math.Max(last ?? 0, previous?.BoundaryPosition ?? 0);
        var boundary = position == 0 ? null : await db.AuditSeals.AsNoTracking().SingleAsync(s => s.Position == position, ct);

        var record = new AuditRetention((previous?.Number ?? 0) + 1, keptFrom, months.Count, boundary, now, request.DroppedBy, db.AuditKey);
        db.AuditRetentions.Add(record);
        await db.SaveChangesAsync(ct);
        foreach (var month in months)
            await db.DropAuditMonthAsync(new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);
        await write.CommitAsync(ct);
        return new(AuditRetentionOutcome.Dropped, months, entries, null, record);
    }

    private static AuditRetentionReport Refused(string problem) => new(AuditRetentionOutcome.Refused, [], 0, problem, null);
}
