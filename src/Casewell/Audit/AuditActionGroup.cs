namespace Casewell.Audit;

/// <summary>The kinds of entry an auditor asks about, each a set of actions (<see cref="AuditActionGroups"/>).</summary>
public enum AuditActionGroup
{
    Reads,
    Changes,
    Exports,
    SignIns,
    Refusals,
    EmergencyAccess,
    PermissionChanges,
}
