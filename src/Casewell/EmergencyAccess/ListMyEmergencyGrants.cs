using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.EmergencyAccess;

public sealed record MyEmergencyGrants(int Page = 1, int PageSize = PageOf<EmergencyGrantLine>.DefaultSize);

/// <summary>
/// The actor's own grants, newest first: which records they opened, until when, and what the review said. A grant on a
/// client restricted since, from the actor, is not listed (<see cref="EmergencyGrantAccess.MineToList"/>).
/// </summary>
public sealed class ListMyEmergencyGrantsHandler(CasewellDbContext db, EmergencyGrantAccess grants, ListReads lists, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Result<PageOf<EmergencyGrantLine>>> Handle(MyEmergencyGrants query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (RolePermissions.Refusal(staff, Ability.BreakTheGlass) is { } refused) return Result<PageOf<EmergencyGrantLine>>.From(refused);
        var (page, size) = PageOf<EmergencyGrantLine>.Normalize(query.Page, query.PageSize);
        var ordered = EmergencyGrantLines.Of(db, grants.MineToList(db.EmergencyGrants).AsNoTracking().OrderByDescending(g => g.OpenedAt).ThenByDescending(g => g.Id),
            clock.GetUtcNow());
        return Result<PageOf<EmergencyGrantLine>>.Ok(await lists.ShowPageAsync(ordered, page, size, g => g.ClientId, ListRead.EmergencyGrants, "mine", ct));
    }
}
