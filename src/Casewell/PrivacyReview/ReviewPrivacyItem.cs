using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.PrivacyReview;

public sealed record ReviewPrivacyItem(Guid ItemId, string? Note, int? ExpectedVersion = null);

/// <summary>The privacy officer marks an item reviewed, with a note of what they found or did. Audited like every write.</summary>
public sealed class ReviewPrivacyItemHandler(CasewellDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Result> Handle(ReviewPrivacyItem request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(staff, Ability.ReadAuditTrail) is { } refused) return refused;
        var note = (request.Note ?? "").Trim();
        if (note.Length == 0) return Result.Invalid("Note", new Message(PrivacyReviewMessages.NoteMissing));
        if (note.Length > PrivacyReviewItem.MaxNoteLength) return Result.Invalid("Note", new Message(PrivacyReviewMessages.NoteTooLong, PrivacyReviewItem.MaxNoteLength));

        var item = await db.PrivacyReviewItems.SingleOrDefaultAsync(i => i.Id == request.ItemId, ct);
        if (item is null) return Result.NotFound();
        if (request.ExpectedVersion is { } expected && expected != item.Version)
            return Result.Conflict(new Message(PrivacyReviewMessages.Stale));
        if (!item.MarkReviewed(new StaffRef(staff.Id, staff.Name), note, clock.GetUtcNow()))
            return Result.Conflict(new Message(PrivacyReviewMessages.AlreadyReviewed, item.ReviewedByName));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict(new Message(PrivacyReviewMessages.ReviewedMeanwhile));
        }
        return Result.Ok();
    }
}
