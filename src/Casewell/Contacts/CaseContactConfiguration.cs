using Casewell.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Contacts;

internal sealed class CaseContactConfiguration : IEntityTypeConfiguration<CaseContact>
{
    public void Configure(EntityTypeBuilder<CaseContact> builder)
    {
        builder.Property(c => c.WorkerName).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(CaseContact.MaxSummaryLength);
        builder.Ignore(c => c.CountsAsClientContact);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CaseId, c.OccurredAt });
    }
}
