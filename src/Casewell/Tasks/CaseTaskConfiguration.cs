using Casewell.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Tasks;

internal sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.Title).HasMaxLength(CaseTask.MaxTitleLength);
        builder.Property(t => t.Details).HasMaxLength(CaseTask.MaxDetailsLength);
        builder.Property(t => t.AssignedToName).HasMaxLength(200);
        builder.Property(t => t.ResolutionNote).HasMaxLength(CaseTask.MaxDetailsLength);
        builder.Ignore(t => t.IsOpen);
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        // "My work" and the overdue counts read a worker's open tasks by due date; a case page its own tasks.
        builder.HasIndex(t => new { t.AssignedToId, t.Status, t.DueOn });
        builder.HasIndex(t => new { t.CaseId, t.Status });
        // The overdue sweep's question, "not yet marked, open, due before today": a range over the few rows that
        // answer it, where the sweep would otherwise read every task ever made. Led by OverdueSince, which no
        // other query filters on, so that no planner takes it for the lists' "open tasks of this case".
        builder.HasIndex(t => new { t.OverdueSince, t.Status, t.DueOn });
    }
}
