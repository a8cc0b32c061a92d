using Casewell.Cases;

namespace Casewell.Web.Cases;

/// <summary>What one of the case page's action forms posts: the version the worker saw, and the step's own fields.</summary>
public sealed class CaseActionFields
{
    public int Version { get; set; }
    public string? Reason { get; set; }
    public ClosureOutcome? Outcome { get; set; }
    public bool CancelOpenTasks { get; set; }
    public Guid? WorkerId { get; set; }
    public AssignmentRole Role { get; set; }
}
