using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Tasks;

/// <summary>
/// Something someone must do on a case by a date. Overdue tasks drive the worker's and the supervisor's dashboards.
/// Every change to a task goes through its case (<see cref="Case.AddTask"/> and the methods beside it), which
/// writes the timeline entry and keeps its count of open tasks.
/// </summary>
public sealed class CaseTask : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxDetailsLength = 2000;

    private CaseTask() { }

    public CaseTask(Guid id, Guid caseId, CaseTaskKind kind, string title, string? details, DateOnly dueOn, StaffRef assignee, StaffRef createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        ArgumentNullException.ThrowIfNull(createdBy);
        Id = id;
        CaseId = caseId;
        Kind = kind;
        Title = title.Trim();
        Details = TextRules.OrNull(details);
        DueOn = dueOn;
        AssignedToId = assignee.Id;
        AssignedToName = assignee.Name;
        CreatedById = createdBy.Id;
        CreatedAt = now;
        Status = CaseTaskStatus.Open;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public CaseTaskKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Details { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Guid AssignedToId { get; private set; }
    public string AssignedToName { get; private set; } = "";
    public CaseTaskStatus Status { get; private set; }
    public Guid CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public Guid? ResolvedById { get; private set; }
    public string? ResolutionNote { get; private set; }

    /// <summary>The day the overdue sweep first found the task past due: the timeline says so once, not daily.</summary>
    public DateOnly? OverdueSince { get; private set; }
    public int Version { get; set; }

    public bool IsOpen => Status == CaseTaskStatus.Open;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    // Internal: a task is resolved through its case (Case.CompleteTask, Case.CancelTask), which counts its open tasks.
    internal Result Complete(StaffRef actor, string? note, DateTimeOffset now) => Resolve(CaseTaskStatus.Completed, actor, note, now);

    internal Result Cancel(StaffRef actor, string? note, DateTimeOffset now) => Resolve(CaseTaskStatus.Cancelled, actor, note, now);

    public Result Reassign(StaffRef assignee)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        if (!IsOpen) return Result.Refused(new Message(TaskMessages.OnlyOpenReassigned));
        AssignedToId = assignee.Id;
        AssignedToName = assignee.Name;
        return Result.Ok();
    }

    public Result Reschedule(DateOnly dueOn)
    {
        if (!IsOpen) return Result.Refused(new Message(TaskMessages.OnlyOpenRescheduled));
        DueOn = dueOn;
        OverdueSince = null;
        return Result.Ok();
    }

    /// <summary>Marks the task overdue once; true when this call is the one that noticed.</summary>
    public bool MarkOverdue(DateOnly today)
    {
        if (!IsOverdue(today) || OverdueSince is not null) return false;
        OverdueSince = today;
        return true;
    }

    private Result Resolve(CaseTaskStatus status, StaffRef actor, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsOpen) return Result.Refused(new Message(TaskMessages.AlreadyResolved, TaskMessages.Status(Status)));
        Status = status;
        ResolvedAt = now;
        ResolvedById = actor.Id;
        ResolutionNote = TextRules.OrNull(note);
        return Result.Ok();
    }
}
