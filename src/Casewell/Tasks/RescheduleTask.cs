using Casewell.Access;
using Casewell.Cases;
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
        var (task, caseVersion, failure) = await TaskChange.LoadAsync(db, access, request.TaskId, request.ExpectedVersion, ct);
        if (task is null) return Result<int>.From(failure!);

        var previous = task.DueOn;
        if (previous == request.DueOn) return Result<int>.Invalid("DueOn", "The task is already due on that date.");
        var outcome = task.Reschedule(request.DueOn!.Value);
        if (outcome.Failed) return Result<int>.From(outcome);
        var now = clock.GetUtcNow();
        db.CaseEvents.Add(new CaseEvent(Ids.New(clock), task.CaseId, now, access.Actor, CaseEventKind.TaskRescheduled, caseVersion,
            subject: task.Title, from: CaseEvent.DateValue(previous), to: CaseEvent.DateValue(task.DueOn), relatedId: task.Id));
        return await TaskChange.SaveAsync(db, task, ct);
    }
}
