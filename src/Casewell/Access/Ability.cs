namespace Casewell.Access;

/// <summary>What a staff member may do in general; which records they may do it to is decided per query.</summary>
public enum Ability
{
    ReadClients,
    RegisterClients,
    EditClients,
    ManageStaff,
    ManageOrganization,
    ReadAuditTrail,
    OpenCases,
    WorkCases,
    SuperviseCases,
    OverseePrograms,

    /// <summary>
    /// Lists the programs, teams (with their staff) and case types: what opening, working and overseeing cases, and
    /// administering them, refer to. Not partners or auditors: the list names the agency's staff.
    /// </summary>
    ReadOrganization,
}
