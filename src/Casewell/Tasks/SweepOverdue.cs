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
/// of the tables; their keys are read first, then the rows a batch at a time, so a run holds the keys and one batch of rows.
/// </summary>
public sealed class SweepOverdueHandler(CasewellDbContext db, TimeProvider clock, AgencyCalendar calendar)
{
    public const int DefaultBatchSize = 200;

    public async Task<SweepReport> Handle(SweepOverdue request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = Math.Clamp(request.BatchSize, 1, 1000);
        var today = calendar.Today();
        // The keys first, then the rows batch by batch: "the first 200 by key" would tempt PostgreSQL's planner to
        // walk the whole primary key looking for rows it expects to find early (343 ms on agency data), where the
        // plain question is a range of the sweep's indexes over the few rows to mark.
        var taskIds = await db.Tasks.Where(t => t.OverdueSince == null && t.Status == CaseTaskStatus.Open && t.DueOn < today)
            .Select(t => t.Id).ToListAsync(ct);
        var tasks = await SweepAsync(taskIds, size,
            batch => db.Tasks.Where(t => batch.Contains(t.Id)).ToListAsync(ct),
            t => t.Id,
            batch => MarkTasksAsync(batch, today, ct),
            ct);
        var caseIds = await db.Cases.Where(c => c.ContactOverdueSince == null && c.NextContactDue < today).Active()
            .Select(c => c.Id).ToListAsync(ct);
        var cases = await SweepAsync(caseIds, size,
            batch => db.Cases.Where(c => batch.Contains(c.Id)).ToListAsync(ct),
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
    /// Marks batch after batch, saving each in one transaction. A row changed since its key was read is marked
    /// only if it still needs it (the entity decides). When a batch meets a concurrent change, it is done again
    /// row by row, so only the rows that were changed meanwhile are left out.
    /// </summary>
    private async Task<(int Marked, int Skipped)> SweepAsync<T>(
        IReadOnlyList<Guid> keys, int size, Func<List<Guid>, Task<List<T>>> load, Func<T, Guid> key,
        Func<IReadOnlyList<T>, Task<int>> mark, CancellationToken ct) where T : class
    {
        int marked = 0, skipped = 0;
        foreach (var ids in keys.Order().Chunk(size).Select(c => c.ToList()))
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
