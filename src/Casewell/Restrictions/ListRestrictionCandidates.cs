using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Restrictions;

/// <summary>The staff a manager may pick from to put on a record's access list.</summary>
public sealed record ListRestrictionCandidates(RestrictedRecordKind Kind, Guid RecordId);

public sealed record RestrictionCandidate(Guid StaffId, string Name);

/// <summary>
/// Active staff whose role reads clients, by name: the list lets people through a restriction, and someone whose role
/// never reads client records gains nothing by being on it. Only for those who manage the record's restriction.
/// </summary>
public sealed class ListRestrictionCandidatesHandler(CasewellDbContext db, RestrictionManagers managers)
{
    /// <summary>Enough for an agency's client-facing staff; a state-sized one would pick by search instead.</summary>
    public const int Limit = 500;

    public async Task<Result<IReadOnlyList<RestrictionCandidate>>> Handle(ListRestrictionCandidates request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await managers.MayManageAsync(request.Kind, request.RecordId, ct);
        if (allowed.Failed) return Result<IReadOnlyList<RestrictionCandidate>>.From(allowed);
        var readers = RolePermissions.RolesWith(Ability.ReadClients);
        var staff = await db.StaffUsers.AsNoTracking()
            .Where(u => u.IsActive && readers.Contains(u.Role))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Take(Limit)
            .Select(u => new RestrictionCandidate(u.Id, u.DisplayName))
            .ToListAsync(ct);
        return Result<IReadOnlyList<RestrictionCandidate>>.Ok(staff);
    }
}
