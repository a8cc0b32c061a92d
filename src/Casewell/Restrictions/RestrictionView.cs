using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Restrictions;

public sealed record RestrictionAccessEntry(Guid StaffId, string Name, DateTimeOffset AddedAt);

/// <summary>A restriction in force as its managers see it: why, by whom, and who is let through.</summary>
public sealed record RestrictionView(
    Guid Id,
    RestrictedRecordKind Kind,
    Guid RecordId,
    RestrictionReason Reason,
    string? Note,
    string RestrictedByName,
    DateTimeOffset RestrictedAt,
    IReadOnlyList<RestrictionAccessEntry> AccessList,
    int Version)
{
    /// <summary>The restriction in force on the record, or null; the caller has already checked the actor may manage it.</summary>
    internal static async Task<Restriction?> InForceAsync(CasewellDbContext db, RestrictedRecordKind kind, Guid recordId, CancellationToken ct) =>
        kind == RestrictedRecordKind.Case
            ? await db.Restrictions.SingleOrDefaultAsync(r => r.CaseId == recordId && r.LiftedAt == null, ct)
            : await db.Restrictions.SingleOrDefaultAsync(r => r.ClientId == recordId && r.LiftedAt == null, ct);

    internal static async Task<RestrictionView> OfAsync(CasewellDbContext db, Restriction restriction, CancellationToken ct)
    {
        var ids = restriction.AccessList.Select(a => a.StaffId).ToList();
        var names = await db.StaffUsers.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new RestrictionView(restriction.Id,
            restriction.CaseId is null ? RestrictedRecordKind.Client : RestrictedRecordKind.Case,
            restriction.CaseId ?? restriction.ClientId!.Value,
            restriction.Reason, restriction.Note, restriction.RestrictedByName, restriction.RestrictedAt,
            [.. restriction.AccessList.OrderBy(a => a.AddedAt).Select(a => new RestrictionAccessEntry(a.StaffId, names.GetValueOrDefault(a.StaffId, ""), a.AddedAt))],
            restriction.Version);
    }
}
