using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.EmergencyAccess;

internal sealed class EmergencyGrantConfiguration : IEntityTypeConfiguration<EmergencyGrant>
{
    public void Configure(EntityTypeBuilder<EmergencyGrant> builder)
    {
        builder.Property(g => g.StaffName).HasMaxLength(200);
        builder.Property(g => g.Reason).HasMaxLength(EmergencyGrant.MaxReasonLength);
        builder.Property(g => g.ReviewedByName).HasMaxLength(200);
        builder.Property(g => g.ReviewNote).HasMaxLength(EmergencyGrant.MaxNoteLength);
        // The client rule asks "does this person hold an unexpired grant on this client" in every client list and read;
        // "my grants" and the active-grant limit read by holder too.
        builder.HasIndex(g => new { g.StaffId, g.ClientId, g.ExpiresAt });
        // The review queue reads the unreviewed grants, oldest first.
        builder.HasIndex(g => new { g.ReviewedAt, g.OpenedAt });
    }
}
