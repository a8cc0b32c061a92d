using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Casewell.PrivacyReview;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

/// <summary>Adds a staff member to a team, or removes them (<see cref="Remove"/>).</summary>
public sealed record SetTeamMember(Guid TeamId, Guid StaffId, bool IsSupervisor, bool Remove = false);

public sealed class SetTeamMemberHandler(CasewellDbContext db)
{
    public async Task<Result> Handle(SetTeamMember request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return refused;
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == request.TeamId, ct);
        if (team is null) return Result.NotFound();
        if (request.Remove)
        {
            team.RemoveMember(request.StaffId);
        }
        else
        {
            var staff = await db.StaffUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.StaffId, ct);
            if (staff is null) return Result.Invalid("StaffId", new Message(OrganizationMessages.NoSuchStaff));
            if (request.IsSupervisor && !RolePermissions.Allows(staff.Role, Ability.SuperviseCases))
                return Result.Invalid("IsSupervisor", new Message(OrganizationMessages.SupervisorRoleNeeded));
            var wasSupervisor = team.Members.Any(m => m.StaffId == request.StaffId && m.IsSupervisor);
            var wasMember = team.Members.Any(m => m.StaffId == request.StaffId);
            team.SetMember(request.StaffId, request.IsSupervisor);
            // Joining a team, and above all supervising one, opens its cases: the privacy officer looks at each.
            if (request.IsSupervisor && !wasSupervisor)
                PrivacyFlags.Raise(db, PrivacyReviewKind.TeamSupervisorAdded, staff.Id, $"{staff.DisplayName} ({staff.Role}) made a supervisor of team {team.Name}.");
            else if (!wasMember && PrivacyFlags.RoleReadsContent(staff.Role))
                PrivacyFlags.Raise(db, PrivacyReviewKind.TeamMemberAdded, staff.Id, $"{staff.DisplayName} ({staff.Role}) added to team {team.Name}.");
        }
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
