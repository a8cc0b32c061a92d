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
        // The overdue sweep's question, "open, not yet marked, due before today, earliest first": the rows that
        // can still answer it, in due order, where the sweep would otherwise read every task ever made. Partial,
        // so that the order is the index's own (PostgreSQL orders by no column behind an IS NULL) and no other
        // query, which never asks for unmarked tasks, can be planned on it.
        builder.HasIndex(t => t.DueOn, "IX_Tasks_DueOn_Unmarked").HasFilter("\"OverdueSince\" IS NULL AND \"Status\" = 'Open'");
    }
}
