using Casewell.CaseTypes;
using Casewell.Clients;
using Casewell.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.CaseNumber).HasMaxLength(Case.MaxCaseNumberLength);
        builder.HasIndex(c => c.CaseNumber).IsUnique();
        builder.Property(c => c.ReferralReason).HasMaxLength(Case.MaxReferralReasonLength);
        builder.Property(c => c.PresentingNeeds).HasMaxLength(Case.MaxPresentingNeedsLength);
        builder.Property(c => c.ClosureReason).HasMaxLength(Case.MaxReasonLength);
        builder.Property(c => c.RequestedClosureReason).HasMaxLength(Case.MaxReasonLength);
        builder.Property(c => c.ClosureRequestedByName).HasMaxLength(200);
        builder.Ignore(c => c.PendingClosure);
        builder.Ignore(c => c.IsActive);

        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceProgram>().WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseType>().WithMany().HasForeignKey(c => c.CaseTypeId).OnDelete(DeleteBehavior.Restrict);

        // The caseload lists: a worker's cases, a team's cases and queue, a program's cases, a client's cases.
        builder.HasIndex(c => new { c.PrimaryWorkerId, c.Status });
        builder.HasIndex(c => new { c.TeamId, c.Status });
        builder.HasIndex(c => new { c.ProgramId, c.Status });
        builder.HasIndex(c => c.ClientId);
        // The overdue sweep: cases whose required contact is past due and not yet marked, earliest first (a
        // closed case has no contact due). Partial, like the tasks' one, and not led by Status: SQLite, without
        // statistics, took an index led by Status for the caseload lists' "active cases" and read them all.
        builder.HasIndex(c => c.NextContactDue, "IX_Cases_NextContactDue_Unmarked").HasFilter("\"ContactOverdueSince\" IS NULL");

        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Assignments).HasField("assignments");
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Members).HasField("members");
        builder.HasMany(c => c.NewEvents).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.NewEvents).HasField("events");
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> builder)
    {
        builder.Property(a => a.StaffName).HasMaxLength(200);
        builder.Property(a => a.EndReason).HasMaxLength(Case.MaxReasonLength);
        builder.HasIndex(a => new { a.StaffId, a.EndedAt });
        builder.Ignore(a => a.IsCurrent);
    }
}

internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMember>
{
    public void Configure(EntityTypeBuilder<CaseMember> builder)
    {
        builder.HasKey(m => new { m.CaseId, m.ClientId });
        builder.HasIndex(m => m.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Subject).HasMaxLength(CaseEvent.MaxSubjectLength);
        builder.Property(e => e.From).HasMaxLength(CaseEvent.MaxValueLength);
        builder.Property(e => e.To).HasMaxLength(CaseEvent.MaxValueLength);
        builder.Property(e => e.Reason).HasMaxLength(CaseEvent.MaxReasonLength);
        builder.HasIndex(e => new { e.CaseId, e.OccurredAt });
    }
}

internal sealed class CaseNumberSequenceConfiguration : IEntityTypeConfiguration<CaseNumberSequence>
{
    public void Configure(EntityTypeBuilder<CaseNumberSequence> builder)
    {
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
        // Two intakes at once must not hand out the same number: the second save fails and takes the next one.
        builder.Property(s => s.LastNumber).IsConcurrencyToken();
    }
}
