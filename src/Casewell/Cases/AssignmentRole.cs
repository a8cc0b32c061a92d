namespace Casewell.Cases;

/// <summary>The primary worker is accountable for the case; secondary workers help (a co-worker, a specialist).</summary>
public enum AssignmentRole
{
    Primary,
    Secondary,
}
