using Casewell.Access;
using Casewell.Clients;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Data.Postgres;

public sealed class PostgresCasewellDbContext(DbContextOptions<PostgresCasewellDbContext> options, CurrentStaff actor, TimeProvider clock)
    : CasewellDbContext(options, actor, clock)
{
    // An arbitrary constant naming the audit chain's lock; held until the transaction ends.
    private const long AuditChainLockKey = 0x43415345_41554454;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);

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
    }
}
