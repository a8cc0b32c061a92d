using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>
/// The load-change-save round of every change to a task. The task is found through its case, so nobody changes
/// a task on a case they may not read; and only the people who carry the case change its tasks: the assignee,
/// the workers on the case, the supervisors of its team. The case comes too, tracked: a task changes through it
/// (its timeline, its count of open tasks). A version the user did not see is reported, not overwritten.
/// </summary>
internal static class TaskChange
{
    public static async Task<(CaseTask? Task, Case? Case, Result? Failure)> LoadAsync(
        CasewellDbContext db, CaseAccess access, Guid taskId, int? expectedVersion, CancellationToken ct)
    {
        var caseId = await db.Tasks.Where(t => t.Id == taskId).Select(t => (Guid?)t.CaseId).SingleOrDefaultAsync(ct);
        // Asked for no task too (an id no case has), so that the queries do not tell a hidden task from none. A plain
        // Guid, not a nullable one: EF writes other SQL for a null parameter, and that would tell them apart too.
        var id = caseId ?? Guid.Empty;
        var @case = await access.Readable(db.Cases).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null)
        {
            await access.RecordTaskRefusalAsync(taskId, "change", ct);
            return (null, null, Result.NotFound());
        }
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId, ct);

        if (!await MayWorkAsync(db, access, task.AssignedToId, @case.Id, @case.TeamId, ct))
        {
            await access.RecordTaskRefusalAsync(taskId, "change", ct);
            return (null, null, Result.Forbidden(new Message(TaskMessages.MayNotChange)));
        }
        if (expectedVersion is { } expected && expected != task.Version) return (null, null, Result.Conflict(Describe(task)));
        return (task, @case, null);
    }

    public static async Task<bool> MayWorkAsync(CasewellDbContext db, CaseAccess access, Guid assignedToId, Guid caseId, Guid teamId, CancellationToken ct)
    {
        var me = access.Actor.Id;
        return assignedToId == me
            || await db.CaseAssignments.AnyAsync(a => a.CaseId == caseId && a.StaffId == me && a.EndedAt == null, ct)
            || await access.SupervisesTeamAsync(teamId, ct);
    }

    /// <summary>
    /// Saves the task with its case. A conflict is the task's when someone changed the task, else the case's (a
    /// step on the case, or a change to another of its tasks, between this load and this save).
    /// </summary>
    public static async Task<Result<int>> SaveAsync(CasewellDbContext db, CaseTask task, Case @case, CancellationToken ct)
    {
        var (taskVersion, caseVersion) = (task.Version, @case.Version);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(task.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id, ct);
            return Result<int>.Conflict(now.Version != taskVersion ? Describe(now) : await CaseChange.DescribeChangesAsync(db, @case.Id, caseVersion, ct));
        }
    }

    private static Message Describe(CaseTask task) =>
        new(TaskMessages.Changed, TaskMessages.Status(task.Status), CaseEvent.DateValue(task.DueOn), task.AssignedToName);
}
