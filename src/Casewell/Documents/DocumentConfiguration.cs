using Casewell.Cases;
using Casewell.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.Description).HasMaxLength(Document.MaxDescriptionLength);
        builder.Property(d => d.FileName).HasMaxLength(DocumentFileName.MaxLength + 8);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.UploadedByName).HasMaxLength(200);
        builder.Property(d => d.StorageKey).HasMaxLength(64);
        builder.Ignore(d => d.ContentType);
        builder.HasOne<Client>().WithMany().HasForeignKey(d => d.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.StorageKey).IsUnique();
        // The two lists: a client's own documents (no case), and a case's, newest first.
        builder.HasIndex(d => new { d.ClientId, d.CaseId, d.UploadedAt });
        builder.HasIndex(d => new { d.CaseId, d.UploadedAt });
    }
}
