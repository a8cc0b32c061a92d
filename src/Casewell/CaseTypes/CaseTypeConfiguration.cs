using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.CaseTypes;

internal sealed class CaseTypeConfiguration : IEntityTypeConfiguration<CaseType>
{
    public void Configure(EntityTypeBuilder<CaseType> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(CaseType.MaxCodeLength);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(CaseType.MaxNameLength);
        builder.Property(t => t.ContactDescription).HasMaxLength(CaseType.MaxContactDescriptionLength);
        builder.HasData(SeededCaseTypes.All);
    }
}
