using Casewell.Access;
using Casewell.Audit;
using Casewell.Clients;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Data.Postgres;

public sealed class PostgresCasewellDbContext(DbContextOptions<PostgresCasewellDbContext> options, CurrentStaff actor, TimeProvider clock, AuditKey auditKey)
    : CasewellDbContext(options, actor, clock, auditKey)
{
    // An arbitrary constant naming the sealer's lock; held until the transaction ends.
    private const long AuditSealerLockKey = 0x43415345_5345414C;

    /// <summary>Not waiting: a sealer that finds another at work leaves the batch to it and tries again at its next interval.</summary>
    internal override async Task<bool> TryTakeSealerTurnAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({AuditSealerLockKey}) AS \"Value\"").SingleAsync(cancellationToken);

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
