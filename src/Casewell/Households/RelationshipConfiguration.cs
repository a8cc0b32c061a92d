using Casewell.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Households;

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.Property(r => r.RelatedPersonName).HasMaxLength(Relationship.MaxNameLength);
        builder.Property(r => r.RelatedPersonPhone).HasMaxLength(Relationship.MaxPhoneLength);
        builder.Property(r => r.Notes).HasMaxLength(Relationship.MaxNotesLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.RelatedClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ClientId);
        builder.HasIndex(r => r.RelatedClientId);
        builder.Ignore(r => r.IsCurrent);
    }
}
