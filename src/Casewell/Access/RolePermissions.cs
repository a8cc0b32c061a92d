using Casewell.Identity;

namespace Casewell.Access;

/// <summary>
/// The role matrix, in one place. Administrators and auditors see no client content by virtue of their role
/// (least privilege); partners see only what reaches them by referral, which later issues add.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<StaffRole, HashSet<Ability>> Matrix = new()
    {
        [StaffRole.CaseWorker] = [Ability.ReadClients, Ability.RegisterClients, Ability.EditClients, Ability.OpenCases, Ability.WorkCases, Ability.ReadOrganization],
        [StaffRole.IntakeWorker] = [Ability.ReadClients, Ability.RegisterClients, Ability.EditClients, Ability.OpenCases, Ability.ReadOrganization],
        [StaffRole.Supervisor] = [Ability.ReadClients, Ability.RegisterClients, Ability.EditClients, Ability.OpenCases, Ability.WorkCases, Ability.SuperviseCases, Ability.ReadOrganization],
        [StaffRole.ProgramManager] = [Ability.ReadClients, Ability.OverseePrograms, Ability.ReadOrganization],
        [StaffRole.Administrator] = [Ability.ManageStaff, Ability.ManageOrganization, Ability.ReadOrganization],
        [StaffRole.Auditor] = [Ability.ReadAuditTrail],
        [StaffRole.Partner] = [],
    };

    public static bool Allows(StaffRole? role, Ability ability) =>
        role is { } r && Matrix.TryGetValue(r, out var granted) && granted.Contains(ability);

    public static bool Allows(CurrentStaff staff, Ability ability)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff.IsSignedIn && Allows(staff.Role, ability);
    }
}
