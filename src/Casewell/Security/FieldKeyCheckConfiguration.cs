using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Security;

internal sealed class FieldKeyCheckConfiguration : IEntityTypeConfiguration<FieldKeyCheck>
{
    public void Configure(EntityTypeBuilder<FieldKeyCheck> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.KeyId).HasMaxLength(FieldKeyCheck.KeyIdLength);
    }
}
