using Casewell.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Consents;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Recipient).HasMaxLength(Consent.MaxRecipientLength);
        builder.Property(c => c.Purpose).HasMaxLength(Consent.MaxPurposeLength);
        builder.Property(c => c.Proceeding).HasMaxLength(Consent.MaxProceedingLength);
        builder.Property(c => c.RevocationNote).HasMaxLength(Consent.MaxRevocationNoteLength);
        // A set of flags: stored as its number, not as the enum names the model stores other enums as.
        builder.Property(c => c.Categories).HasConversion<int>();
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ClientId);
        builder.Ignore(c => c.IsRevoked);
    }
}

internal sealed class ConsentFormConfiguration : IEntityTypeConfiguration<ConsentForm>
{
    public void Configure(EntityTypeBuilder<ConsentForm> builder)
    {
        builder.HasKey(f => f.ConsentId);
        builder.Property(f => f.Content).HasMaxLength(ConsentForm.MaxBytes);
        builder.HasOne<Consent>().WithOne().HasForeignKey<ConsentForm>(f => f.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ClientId);
    }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.Property(d => d.RecipientName).HasMaxLength(Disclosure.MaxRecipientLength);
        builder.Property(d => d.RecipientOrganization).HasMaxLength(Disclosure.MaxRecipientLength);
        builder.Property(d => d.RecipientClass).HasMaxLength(Disclosure.MaxRecipientLength);
        builder.Property(d => d.Description).HasMaxLength(Disclosure.MaxDescriptionLength);
        builder.Property(d => d.Purpose).HasMaxLength(Disclosure.MaxPurposeLength);
        builder.Property(d => d.Proceeding).HasMaxLength(Consent.MaxProceedingLength);
        builder.Property(d => d.CourtOrder).HasMaxLength(Disclosure.MaxCourtOrderLength);
        builder.Property(d => d.RedisclosureNotice).HasMaxLength(1000);
        builder.Property(d => d.DisclosedByName).HasMaxLength(200);
        builder.Property(d => d.Categories).HasConversion<int>();
        builder.HasOne<Client>().WithMany().HasForeignKey(d => d.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consent>().WithMany().HasForeignKey(d => d.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ClientId, d.DisclosedAt });
    }
}
