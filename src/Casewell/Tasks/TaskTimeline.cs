using Casewell.Cases;

namespace Casewell.Tasks;

/// <summary>
/// The timeline entry of a change to a task. A task is a row of its own, so changing it does not change the
/// case: the entry carries the case's version as it stands.
/// </summary>
public static class TaskTimeline
{
    public static CaseEvent Entry(CaseTask task, CaseEventKind kind, StaffRef actor, DateTimeOffset now, int caseVersion, string? reason = null) =>
        new(Guid.CreateVersion7(now), task.CaseId, now, actor, kind, caseVersion,
            subject: task.Title, to: CaseEvent.DateValue(task.DueOn), reason: reason, relatedId: task.Id);
}
