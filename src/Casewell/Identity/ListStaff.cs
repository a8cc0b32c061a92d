using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record StaffSummary(Guid Id, string Email, string DisplayName, StaffRole Role, bool IsActive, bool IsLockedOut, DateTimeOffset? LastSignInAt, int Version, bool AwaitsActivation = false);

public sealed class ListStaffHandler(CasewellDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<Result<IReadOnlyList<StaffSummary>>> Handle(int page, int pageSize, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ManageStaff) is { } refused) return Result<IReadOnlyList<StaffSummary>>.From(refused);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        // In long, then capped: (page - 1) * size overflows int for a page near int.MaxValue and would show the first page.
        var skip = (int)Math.Min(int.MaxValue, (long)Math.Max(0, page - 1) * size);
        var now = clock.GetUtcNow();
        var users = await db.StaffUsers.AsNoTracking()
            .OrderByDescending(u => u.IsActive).ThenBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip(skip).Take(size)
            .ToListAsync(ct);
        // Throttles are kept by a hash of the address (see SignInThrottle), so the page's are found by theirs.
        var keys = users.Select(u => SignInThrottle.KeyFor(u.NormalizedEmail)).ToList();
        var blocked = (await db.SignInThrottles.AsNoTracking()
            .Where(t => keys.Contains(t.Key) && t.BlockedUntil > now)
            .Select(t => t.Key)
            .ToListAsync(ct)).ToHashSet();
        return Result<IReadOnlyList<StaffSummary>>.Ok(users.Select(u => new StaffSummary(u.Id, u.Email, u.DisplayName, u.Role, u.IsActive,
            blocked.Contains(SignInThrottle.KeyFor(u.NormalizedEmail)), u.LastSignInAt, u.Version, !u.IsActivated)).ToList());
    }
}
