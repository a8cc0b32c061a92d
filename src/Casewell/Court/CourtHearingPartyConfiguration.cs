using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Court;

internal sealed class CourtHearingPartyConfiguration : IEntityTypeConfiguration<CourtHearingParty>
{
    public void Configure(EntityTypeBuilder<CourtHearingParty> builder)
    {
        builder.ToTable("CourtHearingParties");
        builder.Property(p => p.Name).HasMaxLength(CourtHearingParty.MaxNameLength);
        builder.Property(p => p.Role).HasMaxLength(CourtHearingParty.MaxRoleLength);
        builder.HasIndex(p => new { p.HearingId, p.Position });
    }
}
