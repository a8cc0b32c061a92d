using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>
/// The load-change-save round of every change to a task. The task is found through its case, so nobody changes
/// a task on a case they may not read; and only the people who carry the case change its tasks: the assignee,
/// the workers on the case, the supervisors of its team. A version the user did not see is reported, not overwritten.
/// </summary>
internal static class TaskChange
{
    public static async Task<(CaseTask? Task, int CaseVersion, Result? Failure)> LoadAsync(
        CasewellDbContext db, CaseAccess access, Guid taskId, int? expectedVersion, CancellationToken ct)
    {
        var (task, @case, failure) = await LoadWithCaseAsync(db, access, taskId, expectedVersion, ct);
        return (task, @case?.Version ?? 0, failure);
    }

    /// <summary>The same, with the case's team: reassigning needs it to know who may take the task.</summary>
    public static async Task<(CaseTask? Task, TaskCase? Case, Result? Failure)> LoadWithCaseAsync(
        CasewellDbContext db, CaseAccess access, Guid taskId, int? expectedVersion, CancellationToken ct)
    {
        var @case = await (from t in db.Tasks
                           where t.Id == taskId
                           join c in access.Readable(db.Cases) on t.CaseId equals c.Id
                           select new TaskCase(c.Id, c.TeamId, c.Version)).AsNoTracking().SingleOrDefaultAsync(ct);
        if (@case is null)
        {
            await access.RecordTaskRefusalAsync(taskId, "change", ct);
            return (null, null, Result.NotFound());
        }
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId, ct);

        if (!await MayWorkAsync(db, access, task.AssignedToId, @case.Id, @case.TeamId, ct))
        {
            await access.RecordTaskRefusalAsync(taskId, "change", ct);
            return (null, null, Result.Refused("Only the task's assignee, the workers on the case or a supervisor of its team may change this task."));
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

    public static async Task<Result<int>> SaveAsync(CasewellDbContext db, CaseTask task, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(task.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id, ct);
            return Result<int>.Conflict(Describe(now));
        }
    }

    private static string Describe(CaseTask task) =>
        $"Someone changed this task after you opened it; nothing of yours was saved. It is now {task.Status.ToString().ToLowerInvariant()}, " +
        $"due {CaseEvent.DateValue(task.DueOn)}, assigned to {task.AssignedToName}.";
}

internal sealed record TaskCase(Guid Id, Guid TeamId, int Version);
