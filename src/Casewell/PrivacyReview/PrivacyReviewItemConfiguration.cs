using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.PrivacyReview;

internal sealed class PrivacyReviewItemConfiguration : IEntityTypeConfiguration<PrivacyReviewItem>
{
    public void Configure(EntityTypeBuilder<PrivacyReviewItem> builder)
    {
        builder.Property(i => i.Summary).HasMaxLength(PrivacyReviewItem.MaxSummaryLength);
        builder.Property(i => i.RaisedByName).HasMaxLength(200);
        builder.Property(i => i.ReviewedByName).HasMaxLength(200);
        builder.Property(i => i.ReviewNote).HasMaxLength(PrivacyReviewItem.MaxNoteLength);
        // The queue reads the open items oldest first; the nav counts them.
        builder.HasIndex(i => new { i.ReviewedAt, i.RaisedAt });
        builder.HasIndex(i => new { i.SubjectStaffId, i.Kind, i.RaisedAt });
    }
}
