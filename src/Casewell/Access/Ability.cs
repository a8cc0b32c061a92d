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
}
