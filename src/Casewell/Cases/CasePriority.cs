namespace Casewell.Cases;

/// <summary>How urgently the case needs attention; with the case type it weighs the case in a caseload.</summary>
public enum CasePriority
{
    Low,
    Medium,
    High,
    Urgent,
}
