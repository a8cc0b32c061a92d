using Casewell.Data;
using Casewell.EmergencyAccess;
using Casewell.Identity;

namespace Casewell.Access;

/// <summary>
/// Whose emergency grants the actor sees: their own, and those they review. Supervisors review the grants of the members
/// of the teams they supervise; auditors (the privacy officer) everyone's. Nobody reviews their own.
/// </summary>
public sealed class EmergencyGrantAccess(CasewellDbContext db, CurrentStaff staff)
{
    public bool CanBreakTheGlass => RolePermissions.Allows(staff, Ability.BreakTheGlass);
    public bool CanReview => RolePermissions.Allows(staff, Ability.ReviewEmergencyAccess);

    public IQueryable<EmergencyGrant> Mine(IQueryable<EmergencyGrant> grants)
    {
        if (!staff.IsSignedIn) return grants.Where(_ => false);
        var me = staff.Id;
        return WhileActive(grants).Where(g => g.StaffId == me);
    }

    /// <summary>
    /// The actor's own grants as their list shows them: a grant on a client restricted since it was made is left out,
    /// unless the actor is on the access list, since the list would name someone who, for them, no longer exists.
    /// </summary>
    public IQueryable<EmergencyGrant> MineToList(IQueryable<EmergencyGrant> grants)
    {
        var nameable = new RestrictedRecords(db, staff).Open(db.Clients);
        return Mine(grants).Where(g => nameable.Any(c => c.Id == g.ClientId));
    }

    public IQueryable<EmergencyGrant> Reviewable(IQueryable<EmergencyGrant> grants)
    {
        if (!CanReview) return grants.Where(_ => false);
        var me = staff.Id;
        var mine = WhileActive(grants).Where(g => g.StaffId != me);
        if (staff.Role == StaffRole.Auditor) return mine;
        return mine.Where(g => db.Teams.Any(t => t.Members.Any(m => m.StaffId == me && m.IsSupervisor) && t.Members.Any(m => m.StaffId == g.StaffId)));
    }

    private IQueryable<EmergencyGrant> WhileActive(IQueryable<EmergencyGrant> grants)
    {
        var me = staff.Id;
        var active = db.StaffUsers.Where(u => u.Id == me && u.IsActive);
        return grants.Where(_ => active.Any());
    }
}
