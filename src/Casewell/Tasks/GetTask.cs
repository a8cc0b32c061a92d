using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>A task, its case, and whether the reader may complete or cancel it.</summary>
public sealed record TaskDetail(TaskView Task, CaseHeading Case, bool MayChange);

/// <summary>One task with the case it belongs to, for whoever may read the case. Each view is audited.</summary>
public sealed record GetTask(Guid TaskId);

public sealed class GetTaskHandler(CasewellDbContext db, CaseAccess access, CaseReads reads, AgencyCalendar calendar)
{
    public async Task<Result<TaskDetail>> Handle(GetTask request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = calendar.Today();
        var read = await reads.ReadTaskAsync(request.TaskId, t => new TaskView(t.Id, t.CaseId, t.Title, t.Details, t.Kind, t.DueOn, t.Status,
            t.AssignedToId, t.AssignedToName, t.Status == CaseTaskStatus.Open && t.DueOn < today, t.CreatedAt, t.ResolvedAt, t.ResolutionNote, t.Version), ct);
        if (read is not { } found) return Result<TaskDetail>.NotFound();
        var (task, heading) = found;

        var teamId = await db.Cases.Where(c => c.Id == task.CaseId).Select(c => c.TeamId).SingleAsync(ct);
        var mayChange = task.Status == CaseTaskStatus.Open && await TaskChange.MayWorkAsync(db, access, task.AssignedToId, task.CaseId, teamId, ct);
        return Result<TaskDetail>.Ok(new TaskDetail(task, heading, mayChange));
    }
}
