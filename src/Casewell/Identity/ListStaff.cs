using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record StaffSummary(Guid Id, string Email, string DisplayName, StaffRole Role, bool IsActive, bool IsLockedOut, DateTimeOffset? LastSignInAt, int Version, bool AwaitsActivation = false);

public sealed class ListStaffHandler(CasewellDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<StaffSummary>> Handle(int page, int pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var skip = Math.Max(0, page - 1) * size;
        var now = clock.GetUtcNow();
        var users = await db.StaffUsers.AsNoTracking()
            .OrderByDescending(u => u.IsActive).ThenBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip(skip).Take(size)
            .ToListAsync(ct);
        return users.Select(u => new StaffSummary(u.Id, u.Email, u.DisplayName, u.Role, u.IsActive, u.IsLockedOut(now), u.LastSignInAt, u.Version, !u.IsActivated)).ToList();
    }
}
