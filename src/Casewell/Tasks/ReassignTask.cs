using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>Gives an open task to someone else on the case: a worker on it or a supervisor of its team.</summary>
public sealed record ReassignTask(Guid TaskId, int? ExpectedVersion, Guid AssigneeId);

public sealed class ReassignTaskHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<Result<int>> Handle(ReassignTask request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (task, @case, failure) = await TaskChange.LoadAsync(db, access, request.TaskId, request.ExpectedVersion, ct);
        if (task is null) return Result<int>.From(failure!);
        var assignee = await TaskRules.EligibleAssignees(db, @case!.Id, @case.TeamId).AsNoTracking()
            .Where(u => u.Id == request.AssigneeId).Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct);
        if (assignee is null) return Result<int>.Invalid("AssigneeId", new Message(TaskMessages.ChooseAssignee));
        if (assignee.Id == task.AssignedToId) return Result<int>.Invalid("AssigneeId", new Message(TaskMessages.AlreadyAssigned, assignee.Name));

        var outcome = @case.ReassignTask(task, assignee, access.Actor, clock.GetUtcNow());
        if (outcome.Failed) return Result<int>.From(outcome);
        return await TaskChange.SaveAsync(db, task, @case, ct);
    }
}
