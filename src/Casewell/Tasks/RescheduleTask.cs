using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Tasks;

/// <summary>Moves an open task's due date; a task that was overdue can be missed, and noticed, again.</summary>
public sealed record RescheduleTask(Guid TaskId, int? ExpectedVersion, DateOnly? DueOn);

public sealed class RescheduleTaskHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar)
{
    public async Task<Result<int>> Handle(RescheduleTask request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        TaskRules.CheckDueOn(v, request.DueOn, calendar.Today());
        if (v.HasErrors) return Result<int>.Invalid(v.ToDictionary());
        var (task, @case, failure) = await TaskChange.LoadAsync(db, access, request.TaskId, request.ExpectedVersion, ct);
        if (task is null) return Result<int>.From(failure!);

        if (task.DueOn == request.DueOn) return Result<int>.Invalid("DueOn", new Message(TaskMessages.AlreadyDue));
        var outcome = @case!.RescheduleTask(task, request.DueOn!.Value, access.Actor, clock.GetUtcNow());
        if (outcome.Failed) return Result<int>.From(outcome);
        return await TaskChange.SaveAsync(db, task, @case, ct);
    }
}
