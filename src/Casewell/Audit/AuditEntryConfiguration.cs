using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Sequence);
        // Numbered by the database as rows go in, so writers need neither a lock nor the trail's tail.
        builder.Property(a => a.Sequence).ValueGeneratedOnAdd();
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(200);
        builder.Property(a => a.Details).HasMaxLength(AuditEntry.MaxDetailsLength);
        builder.Property(a => a.Source).HasMaxLength(AuditSource.MaxLength);
        builder.Property(a => a.Mac).HasMaxLength(AuditEncoding.MacLength);
        // An entry copied into a new row would have a MAC that verifies: its Id must stay its own.
        builder.HasIndex(a => a.Id).IsUnique();
        builder.HasIndex(a => new { a.ClientId, a.Sequence });
        builder.HasIndex(a => new { a.ActorId, a.Sequence });
        // Counting one person's recent identifier lookups (the limit) reads only their entries of that action.
        builder.HasIndex(a => new { a.ActorId, a.Action, a.OccurredAt });
        // The auditor's view: what happened to this case (or any record), refused accesses and emergency grants, a date
        // range (on PostgreSQL the monthly partitions prune by date as well).
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.Sequence });
        builder.HasIndex(a => new { a.Action, a.Sequence });
        builder.HasIndex(a => a.OccurredAt);
    }
}

internal sealed class AuditEntryClientConfiguration : IEntityTypeConfiguration<AuditEntryClient>
{
    public void Configure(EntityTypeBuilder<AuditEntryClient> builder)
    {
        builder.HasKey(c => new { c.EntryId, c.ClientId });
        // "Which entries showed this client": the auditor's filter by client.
        builder.HasIndex(c => new { c.ClientId, c.EntryId });
    }
}

internal sealed class AuditSealConfiguration : IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditSeal> builder)
    {
        builder.HasKey(s => s.Position);
        builder.Property(s => s.Position).ValueGeneratedNever();
        // One seal per entry, whatever two sealers might attempt.
        builder.HasIndex(s => s.EntrySequence).IsUnique();
        builder.Property(s => s.Mac).HasMaxLength(AuditEncoding.MacLength);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.HasKey(c => c.Position);
        builder.Property(c => c.Position).ValueGeneratedNever();
        builder.Property(c => c.SealMac).HasMaxLength(AuditEncoding.MacLength);
        builder.Property(c => c.Mac).HasMaxLength(AuditEncoding.MacLength);
    }
}

internal sealed class AuditRetentionConfiguration : IEntityTypeConfiguration<AuditRetention>
{
    public void Configure(EntityTypeBuilder<AuditRetention> builder)
    {
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).ValueGeneratedNever();
        builder.Property(r => r.BoundarySealMac).HasMaxLength(AuditEncoding.MacLength);
        builder.Property(r => r.Mac).HasMaxLength(AuditEncoding.MacLength);
        builder.Property(r => r.DroppedBy).HasMaxLength(AuditRetention.MaxDroppedByLength);
    }
}
