using Casewell.Common;

namespace Casewell.Tasks;

/// <summary>What tasks say, as codes the web words.</summary>
public static class TaskMessages
{
    public const string RequiredCancelReason = "Task.RequiredCancelReason";
    public const string Reason = "Task.Reason";
    public const string Note = "Task.Note";
    public const string OnlyOpenReassigned = "Task.OnlyOpenReassigned";
    public const string OnlyOpenRescheduled = "Task.OnlyOpenRescheduled";
    [MessageArgs("status")] public const string AlreadyResolved = "Task.AlreadyResolved";
    public const string StatusOpen = "Task.StatusOpen";
    public const string StatusCompleted = "Task.StatusCompleted";
    public const string StatusCancelled = "Task.StatusCancelled";
    public const string RequiredTitle = "Task.RequiredTitle";
    public const string Title = "Task.Title";
    public const string Details = "Task.Details";
    public const string ChooseKind = "Task.ChooseKind";
    public const string ChooseAssignee = "Task.ChooseAssignee";
    public const string ReadOnlyCase = "Task.ReadOnlyCase";
    public const string ChooseOpenOrResolved = "Task.ChooseOpenOrResolved";
    public const string ChooseDue = "Task.ChooseDue";
    [MessageArgs("assignee")] public const string AlreadyAssigned = "Task.AlreadyAssigned";
    public const string AlreadyDue = "Task.AlreadyDue";
    public const string MayNotChange = "Task.MayNotChange";
    [MessageArgs("status", "due", "assignee")] public const string Changed = "Task.Changed";
    public const string RequiredDueDate = "Task.RequiredDueDate";
    public const string DueInPast = "Task.DueInPast";
    [MessageArgs("years")] public const string DueTooFar = "Task.DueTooFar";

    /// <summary>A task's status as the middle of a sentence words it ("open", "completed").</summary>
    public static Message Status(CaseTaskStatus status) => new(status switch
    {
        CaseTaskStatus.Open => StatusOpen,
        CaseTaskStatus.Completed => StatusCompleted,
        _ => StatusCancelled,
    });
}
