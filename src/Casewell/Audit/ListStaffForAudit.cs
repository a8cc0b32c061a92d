using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

public sealed record AuditedStaff(Guid Id, string Name);

/// <summary>
/// The staff an auditor can pick by name in the trail's filter: ids and names only, which the trail names anyway
/// (every entry carries its actor's name), so no more than reading the trail already gives.
/// </summary>
public sealed class ListStaffForAuditHandler(CasewellDbContext db)
{
    public const int MaxStaff = 5000;

    public async Task<Result<IReadOnlyList<AuditedStaff>>> Handle(CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadAuditTrail) is { } refused) return Result<IReadOnlyList<AuditedStaff>>.From(refused);
        var staff = await db.StaffUsers.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(MaxStaff)
            .Select(u => new AuditedStaff(u.Id, u.DisplayName)).ToListAsync(ct);
        return Result<IReadOnlyList<AuditedStaff>>.Ok(staff);
    }
}
