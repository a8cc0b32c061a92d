using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Casewell.PrivacyReview;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

/// <summary>Makes a program manager responsible for a program (they then read its cases), or removes them (<see cref="Remove"/>).</summary>
public sealed record SetProgramManager(Guid ProgramId, Guid StaffId, bool Remove = false);

public sealed class SetProgramManagerHandler(CasewellDbContext db)
{
    public async Task<Result> Handle(SetProgramManager request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return refused;
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == request.ProgramId, ct);
        if (program is null) return Result.NotFound();
        if (request.Remove)
        {
            program.RemoveManager(request.StaffId);
        }
        else
        {
            var manager = await db.StaffUsers.Where(u => u.Id == request.StaffId && u.IsActive)
                .Select(u => new { u.Role, u.DisplayName }).SingleOrDefaultAsync(ct);
            if (manager is null) return Result.Invalid("StaffId", new Message(OrganizationMessages.NoActiveStaff));
            if (!RolePermissions.Allows(manager.Role, Ability.ManagePrograms)) return Result.Invalid("StaffId", new Message(OrganizationMessages.ProgramManagerRoleNeeded));
            var already = program.Managers.Any(m => m.StaffId == request.StaffId);
            program.AddManager(request.StaffId);
            // A program manager reads every case of the program: the privacy officer looks at each such grant.
            if (!already)
                PrivacyFlags.Raise(db, PrivacyReviewKind.ProgramManagerAdded, request.StaffId, $"{manager.DisplayName} made a manager of program {program.Name}.");
        }
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
