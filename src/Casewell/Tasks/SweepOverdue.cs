using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>
/// Notes, once each, the tasks that have become overdue and the cases whose required contact has, as of today
/// in the agency's calendar: the dashboards and the timeline say so without computing it on every read.
/// </summary>
public sealed record SweepOverdue(int BatchSize = SweepOverdueHandler.DefaultBatchSize, int KeysPerRound = SweepOverdueHandler.DefaultKeysPerRound);

public sealed record SweepReport(int TasksMarked, int CasesMarked, int Skipped);

/// <summary>
/// Safe to run on several instances at once and as often as wanted: each row is marked at most once (a marked
/// row no longer matches), and a row someone else changed meanwhile, another sweep or a worker, is skipped
/// without stopping the rest; the next run picks it up if it still needs marking. Candidates are found through
/// indexes on the not-yet-marked rows of tasks and cases, so a run costs what there is to mark, not the size
/// of the tables; their keys are read first, a round at a time, then the rows a batch at a time, so a run holds
/// one round of keys and one batch of rows.
/// </summary>
public sealed class SweepOverdueHandler(CasewellDbContext db, TimeProvider clock, AgencyCalendar calendar)
{
    public const int DefaultBatchSize = 200;

    /// <summary>How many keys one round reads; a marked row drops out, so the next round reads the next ones.</summary>
    public const int DefaultKeysPerRound = 5000;

    public async Task<SweepReport> Handle(SweepOverdue request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = Math.Clamp(request.BatchSize, 1, 1000);
        var round = Math.Clamp(request.KeysPerRound, 1, 50_000);
        var today = calendar.Today();
        // The keys first, earliest due first and a round at a time, then the rows batch by batch. The order and the
        // limit are what the sweep's indexes hold, so the database reads just the rows to mark. Without them
        // PostgreSQL, which cannot know that open tasks due in the past are nearly all marked already, expected
        // hundreds of thousands of rows on state data and read all 6 million tasks (436 ms); "the first 200 by
        // key" walked the whole primary key instead (343 ms on agency data).
        var tasks = await SweepAsync(
            () => db.Tasks.Where(t => t.OverdueSince == null && t.Status == CaseTaskStatus.Open && t.DueOn < today)
                .OrderBy(t => t.DueOn).Select(t => t.Id).Take(round).ToListAsync(ct),
            size, round,
            batch => db.Tasks.Where(t => batch.Contains(t.Id)).ToListAsync(ct),
            t => t.Id,
            batch => MarkTasksAsync(batch, today, ct),
            ct);
        var cases = await SweepAsync(
            () => db.Cases.Where(c => c.ContactOverdueSince == null && c.NextContactDue < today).Active()
                .OrderBy(c => c.NextContactDue).Select(c => c.Id).Take(round).ToListAsync(ct),
            size, round,
            batch => db.Cases.Where(c => batch.Contains(c.Id)).ToListAsync(ct),
            c => c.Id,
            batch => Task.FromResult(batch.Count(c => c.MarkContactOverdue(today, clock.GetUtcNow()))),
            ct);
        return new SweepReport(tasks.Marked, cases.Marked, tasks.Skipped + cases.Skipped);
    }

    private async Task<int> MarkTasksAsync(IReadOnlyList<CaseTask> batch, DateOnly today, CancellationToken ct)
    {
        // The cases write the entries; marking a task overdue leaves the case row itself as it is.
        var caseIds = batch.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow();
        return batch.Count(t => cases[t.CaseId].MarkTaskOverdue(t, today, now));
    }

    /// <summary>Round after round of keys, until the rows to mark are all marked or all left for the next run.</summary>
    private async Task<(int Marked, int Skipped)> SweepAsync<T>(
        Func<Task<List<Guid>>> nextKeys, int size, int round, Func<List<Guid>, Task<List<T>>> load, Func<T, Guid> key,
        Func<IReadOnlyList<T>, Task<int>> mark, CancellationToken ct) where T : class
    {
        int marked = 0, skipped = 0;
        while (true)
        {
            var keys = await nextKeys();
            var (roundMarked, roundSkipped) = await MarkAsync(keys, size, load, key, mark, ct);
            marked += roundMarked;
            skipped += roundSkipped;
            // A full round that marked something may have more behind it; one that marked nothing would only
            // read the same rows again (each changed meanwhile, and left for the next run).
            if (keys.Count < round || roundMarked == 0) return (marked, skipped);
        }
    }

    /// <summary>
    /// Marks batch after batch, saving each in one transaction. A row changed since its key was read is marked
    /// only if it still needs it (the entity decides). When a batch meets a concurrent change, it is done again
    /// row by row, so only the rows that were changed meanwhile are left out.
    /// </summary>
    private async Task<(int Marked, int Skipped)> MarkAsync<T>(
        List<Guid> keys, int size, Func<List<Guid>, Task<List<T>>> load, Func<T, Guid> key,
        Func<IReadOnlyList<T>, Task<int>> mark, CancellationToken ct) where T : class
    {
        int marked = 0, skipped = 0;
        foreach (var ids in keys.Chunk(size).Select(c => c.ToList()))
        {
            var batch = await load(ids);
            try
            {
                var count = await mark(batch);
                await db.SaveChangesAsync(ct);
                marked += count;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                foreach (var id in batch.Select(key))
                {
                    if ((await load([id])).SingleOrDefault() is not { } row) continue;
                    try
                    {
                        var count = await mark([row]);
                        await db.SaveChangesAsync(ct);
                        marked += count;
                    }
                    catch (DbUpdateConcurrencyException)
                    {
                        skipped++;
                    }
                    db.ChangeTracker.Clear();
                }
            }
            db.ChangeTracker.Clear();
        }
        return (marked, skipped);
    }
}
