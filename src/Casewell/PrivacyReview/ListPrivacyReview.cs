using Casewell.Access;
using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.PrivacyReview;

public sealed record PrivacyReviewQuery(bool IncludeReviewed = false, int Page = 1, int PageSize = PageOf<PrivacyReviewLine>.DefaultSize);

public sealed record PrivacyReviewLine(
    Guid Id,
    PrivacyReviewKind Kind,
    Guid SubjectStaffId,
    string SubjectName,
    string Summary,
    string RaisedByName,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ReviewedAt,
    string? ReviewedByName,
    string? ReviewNote,
    int Version);

/// <summary>The privacy officer's review queue: open items oldest first (the longest waiting on top), or every item newest first.</summary>
public sealed class ListPrivacyReviewHandler(CasewellDbContext db, CurrentStaff staff)
{
    public bool CanReview => RolePermissions.Allows(staff, Ability.ReadAuditTrail);

    public async Task<Result<PageOf<PrivacyReviewLine>>> Handle(PrivacyReviewQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (RolePermissions.Refusal(staff, Ability.ReadAuditTrail) is { } refused) return Result<PageOf<PrivacyReviewLine>>.From(refused);
        var (page, size) = PageOf<PrivacyReviewLine>.Normalize(query.Page, query.PageSize);
        var items = db.PrivacyReviewItems.AsNoTracking();
        var ordered = query.IncludeReviewed
            ? items.OrderByDescending(i => i.RaisedAt).ThenByDescending(i => i.Id)
            : items.Where(i => i.ReviewedAt == null).OrderBy(i => i.RaisedAt).ThenBy(i => i.Id);
        var lines = ordered.Select(i => new PrivacyReviewLine(i.Id, i.Kind, i.SubjectStaffId,
            db.StaffUsers.Where(u => u.Id == i.SubjectStaffId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            i.Summary, i.RaisedByName, i.RaisedAt, i.ReviewedAt, i.ReviewedByName, i.ReviewNote, i.Version));
        var result = await PageOf<PrivacyReviewLine>.ReadAsync(lines, page, size, ct);
        db.RecordAccess(AuditAction.PrivacyReviewViewed, nameof(PrivacyReviewItem), null, null, $"{result.Items.Count} shown");
        await db.SaveChangesAsync(ct);
        return Result<PageOf<PrivacyReviewLine>>.Ok(result);
    }

    /// <summary>How many items wait: the count auditors see in the navigation. Null for everyone else.</summary>
    public async Task<int?> OpenCountAsync(CancellationToken ct) =>
        CanReview ? await db.PrivacyReviewItems.CountAsync(i => i.ReviewedAt == null, ct) : null;
}
