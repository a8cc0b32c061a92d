using Casewell.Common;
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
        [StaffRole.CaseWorker] = [Ability.ReadClients, Ability.RegisterClients, Ability.EditClients, Ability.OpenCases, Ability.WorkCases, Ability.ReadOrganization,
            Ability.CarryCases, Ability.ManageConsents, Ability.ReadDisclosureAccounting, Ability.BreakTheGlass],
        [StaffRole.IntakeWorker] = [Ability.ReadClients, Ability.RegisterClients, Ability.EditClients, Ability.OpenCases, Ability.ReadOrganization,
            Ability.BreakTheGlass],
        [StaffRole.Supervisor] = [Ability.ReadClients, Ability.RegisterClients, Ability.EditClients, Ability.OpenCases, Ability.WorkCases, Ability.SuperviseCases, Ability.ReadOrganization,
            Ability.OverseeCaseloads, Ability.CarryCases, Ability.ManageConsents, Ability.ReadDisclosureAccounting, Ability.BreakTheGlass, Ability.ReviewEmergencyAccess],
        [StaffRole.ProgramManager] = [Ability.ReadClients, Ability.OverseePrograms, Ability.ReadOrganization, Ability.OverseeCaseloads, Ability.ManagePrograms],
        [StaffRole.Administrator] = [Ability.ManageStaff, Ability.ManageOrganization, Ability.ReadOrganization],
        [StaffRole.Auditor] = [Ability.ReadAuditTrail, Ability.ReadDisclosureAccounting, Ability.ManageRestrictions, Ability.ReviewEmergencyAccess],
        [StaffRole.Partner] = [],
    };

    /// <summary>
    /// What the server itself may do without a role (the operator's command line, background work, first-run setup):
    /// administration, which whoever runs the server could do to the database anyway. Never case or client content.
    /// </summary>
    private static readonly HashSet<Ability> System = [Ability.ManageStaff, Ability.ManageOrganization, Ability.ReadOrganization];

    public static bool Allows(StaffRole? role, Ability ability) =>
        role is { } r && Matrix.TryGetValue(r, out var granted) && granted.Contains(ability);

    public static bool Allows(CurrentStaff staff, Ability ability)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff.IsSignedIn ? Allows(staff.Role, ability) : staff.IsSystem && System.Contains(ability);
    }

    /// <summary>The roles that hold <paramref name="ability"/>, for a query over accounts (<c>roles.Contains(u.Role)</c>).</summary>
    public static IReadOnlyList<StaffRole> RolesWith(Ability ability) =>
        [.. Matrix.Where(m => m.Value.Contains(ability)).Select(m => m.Key).Order()];

    /// <summary>
    /// What a handler answers when the actor may not use it: a 403 with the ability named, or null when they may.
    /// Every handler asks, whoever calls it (page, API, command line), rather than trusting the web's policies.
    /// </summary>
    public static Result? Refusal(CurrentStaff staff, Ability ability) =>
        Allows(staff, ability) ? null : Result.Forbidden(AccessMessages.Lacking(ability));
}
