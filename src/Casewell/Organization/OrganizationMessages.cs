namespace Casewell.Organization;

/// <summary>What setting up programs and teams says, as codes the web words.</summary>
public static class OrganizationMessages
{
    public const string RequiredProgramName = "Organization.RequiredProgramName";
    public const string ProgramName = "Organization.ProgramName";
    public const string Description = "Organization.Description";
    public const string ProgramNameTaken = "Organization.ProgramNameTaken";
    public const string RequiredTeamName = "Organization.RequiredTeamName";
    public const string TeamName = "Organization.TeamName";
    public const string TeamNameTaken = "Organization.TeamNameTaken";
    public const string NoSuchProgram = "Organization.NoSuchProgram";
    public const string NoSuchStaff = "Organization.NoSuchStaff";
    public const string SupervisorRoleNeeded = "Organization.SupervisorRoleNeeded";
    public const string NoActiveStaff = "Organization.NoActiveStaff";
    public const string ProgramManagerRoleNeeded = "Organization.ProgramManagerRoleNeeded";
}
