using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>
/// Notes, once each, the tasks that have become overdue and the cases whose required contact has, as of today
/// in the agency's calendar: the dashboards and the timeline say so without computing it on every read.
/// </summary>
public sealed record SweepOverdue(int BatchSize = SweepOverdueHandler.DefaultBatchSize);

public sealed record SweepReport(int TasksMarked, int CasesMarked, int Skipped);

/// <summary>
/// Safe to run on several instances at once and as often as wanted: each row is marked at most once (a marked
/// row no longer matches), and a row someone else changed meanwhile, another sweep or a worker, is skipped
/// without stopping the rest; the next run picks it up if it still needs marking. Candidates are found through
/// indexes on the not-yet-marked rows of tasks and cases, so a run costs what there is to mark, not the size
/// of the tables, and are read in batches by key, so a run holds only a batch in memory.
/// </summary>
public sealed class SweepOverdueHandler(CasewellDbContext db, TimeProvider clock, AgencyCalendar calendar)
{
    public const int DefaultBatchSize = 200;

    public async Task<SweepReport> Handle(SweepOverdue request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = Math.Clamp(request.BatchSize, 1, 1000);
        var today = calendar.Today();
        var tasks = await SweepAsync(
            after => db.Tasks.Where(t => t.Status == CaseTaskStatus.Open && t.DueOn < today && t.OverdueSince == null && (after == null || t.Id.CompareTo(after.Value) > 0))
                .OrderBy(t => t.Id).Take(size).ToListAsync(ct),
            id => db.Tasks.SingleOrDefaultAsync(t => t.Id == id, ct),
            t => t.Id,
            batch => MarkTasksAsync(batch, today, ct),
            ct);
        var cases = await SweepAsync(
            after => db.Cases.Active().Where(c => c.NextContactDue < today && c.ContactOverdueSince == null && (after == null || c.Id.CompareTo(after.Value) > 0))
                .OrderBy(c => c.Id).Take(size).ToListAsync(ct),
            id => db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct),
            c => c.Id,
            batch => Task.FromResult(batch.Count(c => c.MarkContactOverdue(today, clock.GetUtcNow()))),
            ct);
        return new SweepReport(tasks.Marked, cases.Marked, tasks.Skipped + cases.Skipped);
    }

    private async Task<int> MarkTasksAsync(IReadOnlyList<CaseTask> batch, DateOnly today, CancellationToken ct)
    {
        var caseIds = batch.Select(t => t.CaseId).Distinct().ToList();
        var caseVersions = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Version, ct);
        var now = clock.GetUtcNow();
        var marked = 0;
        foreach (var task in batch.Where(t => t.MarkOverdue(today)))
        {
            db.CaseEvents.Add(TaskTimeline.Entry(task, CaseEventKind.TaskOverdue, TaskTimeline.Casewell, now, caseVersions.GetValueOrDefault(task.CaseId)));
            marked++;
        }
        return marked;
    }

    /// <summary>
    /// Marks batch after batch, saving each in one transaction. When a batch meets a concurrent change, it is
    /// done again row by row, so only the rows that were changed meanwhile are left out.
    /// </summary>
    private async Task<(int Marked, int Skipped)> SweepAsync<T>(
        Func<Guid?, Task<List<T>>> nextBatch, Func<Guid, Task<T?>> reload, Func<T, Guid> key,
        Func<IReadOnlyList<T>, Task<int>> mark, CancellationToken ct) where T : class
    {
        int marked = 0, skipped = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await nextBatch(after);
            if (batch.Count == 0) break;
            after = key(batch[^1]);
            var ids = batch.Select(key).ToList();
            try
            {
                var count = await mark(batch);
                await db.SaveChangesAsync(ct);
                marked += count;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                foreach (var id in ids)
                {
                    if (await reload(id) is not { } row) continue;
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
