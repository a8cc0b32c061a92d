using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.EmergencyAccess;

public sealed record EmergencyGrantsForReview(int Page = 1, int PageSize = PageOf<EmergencyGrantLine>.DefaultSize);

/// <summary>
/// The review queue: the unreviewed grants the actor reviews (<see cref="EmergencyGrantAccess.Reviewable"/>), open or
/// expired, oldest first, so the longest waiting is on top.
/// </summary>
public sealed class ListEmergencyGrantsForReviewHandler(CasewellDbContext db, EmergencyGrantAccess grants, ListReads lists, CurrentStaff staff,
    TimeProvider clock)
{
    public async Task<Result<PageOf<EmergencyGrantLine>>> Handle(EmergencyGrantsForReview query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (RolePermissions.Refusal(staff, Ability.ReviewEmergencyAccess) is { } refused) return Result<PageOf<EmergencyGrantLine>>.From(refused);
        var (page, size) = PageOf<EmergencyGrantLine>.Normalize(query.Page, query.PageSize);
        var waiting = grants.Reviewable(db.EmergencyGrants).AsNoTracking().Where(g => g.ReviewedAt == null).OrderBy(g => g.OpenedAt).ThenBy(g => g.Id);
        var ordered = EmergencyGrantLines.Of(db, waiting, clock.GetUtcNow());
        return Result<PageOf<EmergencyGrantLine>>.Ok(await lists.ShowPageAsync(ordered, page, size, g => g.ClientId, ListRead.EmergencyGrants, "review queue", ct));
    }
}
