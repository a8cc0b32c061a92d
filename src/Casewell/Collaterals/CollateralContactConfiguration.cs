using Casewell.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Collaterals;

internal sealed class CollateralContactConfiguration : IEntityTypeConfiguration<CollateralContact>
{
    public void Configure(EntityTypeBuilder<CollateralContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CollateralContact.MaxNameLength);
        builder.Property(c => c.Organization).HasMaxLength(CollateralContact.MaxOrganizationLength);
        builder.Property(c => c.Phone).HasMaxLength(CollateralContact.MaxPhoneLength);
        builder.Property(c => c.Email).HasMaxLength(CollateralContact.MaxEmailLength);
        builder.Property(c => c.Notes).HasMaxLength(CollateralContact.MaxNotesLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ClientId);
        builder.Ignore(c => c.IsCurrent);
    }
}
