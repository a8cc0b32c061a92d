using Casewell.Access;
using Casewell.Audit;
using Casewell.Clients;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Data.Postgres;

public sealed class PostgresCasewellDbContext(
    DbContextOptions<PostgresCasewellDbContext> options, CurrentStaff actor, TimeProvider clock, AuditKey auditKey, AuditSource? source = null)
    : CasewellDbContext(options, actor, clock, auditKey, source)
{
    // An arbitrary constant naming the sealer's lock; held until the transaction ends.
    private const long AuditSealerLockKey = 0x43415345_5345414C;

    /// <summary>Not waiting: a sealer that finds another at work leaves the batch to it and tries again at its next interval.</summary>
    internal override async Task<bool> TryTakeSealerTurnAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({AuditSealerLockKey}) AS \"Value\"").SingleAsync(cancellationToken);

    internal override async Task<int> EnsureAuditPartitionsAsync(DateTimeOffset now, int monthsAhead, CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<int>($"SELECT {PostgresAuditPartitions.EnsureFunction}({{0}}, {{1}}) AS \"Value\"", monthsAhead, now.ToUniversalTime())
            .SingleAsync(cancellationToken);

    internal override bool PartitionsAuditTrail => true;

    internal override async Task<IReadOnlyList<DateTimeOffset>> AuditMonthsBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var months = await Database.SqlQueryRaw<DateTimeOffset>(PostgresAuditRetention.PartitionedMonths).ToListAsync(cancellationToken);
        return [.. months.Where(m => m < before).Order()];
    }

    internal override async Task DropAuditMonthAsync(DateTimeOffset month, CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<bool>($"SELECT {PostgresAuditRetention.DropMonthFunction}({{0}}) AS \"Value\"", month.ToUniversalTime())
            .SingleAsync(cancellationToken);

    /// <summary>Waiting, unlike the sealer's own try: retention is rare, and a sealer's run is short.</summary>
    internal override async Task WaitForSealerTurnAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditSealerLockKey})", cancellationToken);

    /// <summary>
    /// Millions of new rows leave the planner with no statistics until autovacuum gets round to them, and until
    /// then it plans the first queries on guesses (a sequential scan of 100,000 clients for a search).
    /// </summary>
    internal override async Task AfterBulkLoadAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Byte-wise order for the folded name and key columns, so range scans (prefix search) use the index
        // the same way they do on SQLite.
        modelBuilder.Entity<Client>().Property(c => c.SortLastName).UseCollation("C");
        modelBuilder.Entity<Client>().Property(c => c.SortFirstName).UseCollation("C");
        modelBuilder.Entity<ClientMatchKey>().Property(k => k.Key).UseCollation("C");
        PartitionAuditTablesByMonth(modelBuilder);
    }

    /// <summary>
    /// The audit tables are partitioned by month of OccurredAt (PostgresAuditPartitions), and a partitioned table's
    /// primary key and unique indexes must hold the partition key. Sequence (given by one identity) and Id (a v7 GUID
    /// made from OccurredAt, under the MAC) stay unique in practice; verify-audit reports a repeated one (decision 0021).
    /// </summary>
    private static void PartitionAuditTablesByMonth(ModelBuilder modelBuilder)
    {
        var entries = modelBuilder.Entity<AuditEntry>();
        entries.HasKey(a => new { a.Sequence, a.OccurredAt });
        entries.Property(a => a.Sequence).UseIdentityByDefaultColumn();
        var byIdAlone = entries.Metadata.FindIndex(entries.Metadata.FindProperty(nameof(AuditEntry.Id))!)!;
        entries.Metadata.RemoveIndex(byIdAlone);
        entries.HasIndex(a => new { a.Id, a.OccurredAt }).IsUnique();
        modelBuilder.Entity<AuditEntryClient>().HasKey(c => new { c.EntryId, c.ClientId, c.OccurredAt });
    }
}
