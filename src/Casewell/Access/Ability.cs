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

    /// <summary>Looks over team caseloads: supervisors their teams', program managers (read-only) their programs' teams'.</summary>
    OverseeCaseloads,

    /// <summary>
    /// May be given a team's cases and tasks: whom a supervisor assigns, whose loads a caseload counts. Held by the roles
    /// that work cases; a supervisor-role member supervises a team only where the team says so.
    /// </summary>
    CarryCases,

    /// <summary>May be made a program's manager, and so read its cases (the privacy officer reviews each such grant).</summary>
    ManagePrograms,

    /// <summary>
    /// Sees a client's consents, records and revokes them, and records disclosures: the roles that work cases, for the
    /// clients they may read.
    /// </summary>
    ManageConsents,

    /// <summary>Reads a client's accounting of disclosures: the working roles for their clients, auditors for any client.</summary>
    ReadDisclosureAccounting,

    /// <summary>
    /// Restricts and lifts restrictions on any client or case and keeps their access lists: the privacy officer's.
    /// A supervisor does the same for the cases of teams they supervise, by that relationship, not by this ability.
    /// </summary>
    ManageRestrictions,

    /// <summary>
    /// May open one client's record for a limited time with a stated reason, when no relationship reaches it ("break the
    /// glass"): the roles that meet clients in person and may face an emergency. Flagged, audited and reviewed.
    /// </summary>
    BreakTheGlass,

    /// <summary>Reviews emergency grants: supervisors those of their teams' members, auditors everyone's.</summary>
    ReviewEmergencyAccess,
}
