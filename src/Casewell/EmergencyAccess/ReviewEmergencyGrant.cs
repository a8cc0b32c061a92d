using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.EmergencyAccess;

public sealed record ReviewEmergencyGrant(Guid GrantId, string? Note);

/// <summary>
/// A supervisor of the holder's team, or an auditor, marks a grant reviewed with a note of what they found. Once only;
/// audited like every write. A grant the actor does not review answers as one that does not exist.
/// </summary>
public sealed class ReviewEmergencyGrantHandler(CasewellDbContext db, EmergencyGrantAccess grants, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Result> Handle(ReviewEmergencyGrant request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(staff, Ability.ReviewEmergencyAccess) is { } refused) return refused;
        var grant = await grants.Reviewable(db.EmergencyGrants).SingleOrDefaultAsync(g => g.Id == request.GrantId, ct);
        if (grant is null) return Result.NotFound();
        var reviewed = grant.Review(new StaffRef(staff.Id, staff.Name), request.Note, clock.GetUtcNow());
        if (reviewed.Failed) return reviewed;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict(new Message(EmergencyAccessMessages.ReviewedMeanwhile));
        }
        return Result.Ok();
    }
}
