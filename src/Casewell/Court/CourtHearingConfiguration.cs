using Casewell.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Court;

internal sealed class CourtHearingConfiguration : IEntityTypeConfiguration<CourtHearing>
{
    public void Configure(EntityTypeBuilder<CourtHearing> builder)
    {
        builder.ToTable("CourtHearings");
        builder.Property(h => h.Court).HasMaxLength(CourtHearing.MaxCourtLength);
        builder.Property(h => h.Judge).HasMaxLength(CourtHearing.MaxJudgeLength);
        builder.Property(h => h.ScheduledByName).HasMaxLength(200);
        builder.Property(h => h.OutcomeRecordedByName).HasMaxLength(200);
        builder.Property(h => h.Reason).HasMaxLength(CourtHearing.MaxReasonLength);
        builder.Property(h => h.Outcome).HasMaxLength(CourtHearing.MaxOutcomeLength);
        builder.Ignore(h => h.IsUpcoming);
        builder.HasOne<Case>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(h => h.Parties).WithOne().HasForeignKey(p => p.HearingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(h => h.Parties).HasField("parties");
        // A case's hearings by date (its page and its section on the case page), and the hearings of every case in a
        // time window by status (My work's next 14 days, which joins the worker's readable cases to it).
        builder.HasIndex(h => new { h.CaseId, h.StartsAt });
        builder.HasIndex(h => new { h.Status, h.StartsAt });
    }
}
