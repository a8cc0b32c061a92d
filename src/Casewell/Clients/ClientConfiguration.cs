using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(c => c.MiddleName).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(c => c.LastName).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(c => c.SortFirstName).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(c => c.SortLastName).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(c => c.PreferredName).HasMaxLength(ClientDetails.MaxPreferredNameLength);
        builder.Property(c => c.Phone).HasMaxLength(ClientDetails.MaxPhoneLength);
        builder.Property(c => c.Email).HasMaxLength(ClientDetails.MaxEmailLength);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(ClientDetails.MaxLanguageLength);
        builder.Property(c => c.RaceEthnicity).HasConversion<int>();
        builder.ComplexProperty(c => c.Address, a =>
        {
            a.Property(x => x.Line1).HasColumnName("AddressLine1").HasMaxLength(PostalAddress.MaxLineLength);
            a.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(PostalAddress.MaxLineLength);
            a.Property(x => x.City).HasColumnName("AddressCity").HasMaxLength(PostalAddress.MaxCityLength);
            a.Property(x => x.State).HasColumnName("AddressState").HasMaxLength(PostalAddress.MaxStateLength);
            a.Property(x => x.PostalCode).HasColumnName("AddressPostalCode").HasMaxLength(PostalAddress.MaxPostalCodeLength);
        });
        builder.Ignore(c => c.LegalName);
        builder.Ignore(c => c.DisplayName);
        builder.Ignore(c => c.Details);
        builder.HasIndex(c => new { c.SortLastName, c.SortFirstName });
        builder.HasIndex(c => c.BirthDate);

        builder.HasMany(c => c.Aliases).WithOne().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Aliases).HasField("aliases");
        builder.HasMany(c => c.Identifiers).WithOne().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Identifiers).HasField("identifiers");
    }
}

internal sealed class ClientAliasConfiguration : IEntityTypeConfiguration<ClientAlias>
{
    public void Configure(EntityTypeBuilder<ClientAlias> builder)
    {
        builder.Property(a => a.First).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(a => a.Middle).HasMaxLength(PersonName.MaxPartLength);
        builder.Property(a => a.Last).HasMaxLength(PersonName.MaxPartLength);
        builder.Ignore(a => a.Name);
    }
}

internal sealed class ClientIdentifierConfiguration : IEntityTypeConfiguration<ClientIdentifier>
{
    public void Configure(EntityTypeBuilder<ClientIdentifier> builder)
    {
        builder.Property(i => i.EncryptedValue).HasMaxLength(400);
        builder.Property(i => i.LastFour).HasMaxLength(4);
        builder.Property(i => i.LookupHash).HasMaxLength(64);
        builder.HasIndex(i => i.LookupHash);
        builder.Ignore(i => i.Masked);
    }
}

internal sealed class ClientChangeConfiguration : IEntityTypeConfiguration<ClientChange>
{
    public void Configure(EntityTypeBuilder<ClientChange> builder)
    {
        builder.Property(c => c.Field).HasMaxLength(100);
        builder.Property(c => c.ChangedByName).HasMaxLength(200);
        builder.Property(c => c.OldValue).HasMaxLength(ClientChange.MaxValueLength);
        builder.Property(c => c.NewValue).HasMaxLength(ClientChange.MaxValueLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ClientId, c.ChangedAt });
    }
}

internal sealed class ClientMatchKeyConfiguration : IEntityTypeConfiguration<ClientMatchKey>
{
    public void Configure(EntityTypeBuilder<ClientMatchKey> builder)
    {
        builder.HasKey(k => new { k.Key, k.ClientId });
        builder.Property(k => k.Key).HasMaxLength(ClientMatchKey.MaxKeyLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(k => k.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.ClientId);
    }
}

internal sealed class IdentifierLookupTallyConfiguration : IEntityTypeConfiguration<IdentifierLookupTally>
{
    public void Configure(EntityTypeBuilder<IdentifierLookupTally> builder) => builder.HasKey(t => t.StaffId);
}
