using Casewell.Access;
using Casewell.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Casewell.Data.Sqlite;

public sealed class SqliteCasewellDbContext(
    DbContextOptions<SqliteCasewellDbContext> options, CurrentStaff actor, TimeProvider clock, AuditKey auditKey, AuditSource? source = null)
    : CasewellDbContext(options, actor, clock, auditKey, source)
{
    // SQLite has one writer at a time and EF opens its transactions with BEGIN IMMEDIATE, which takes the
    // write lock up front: inside a write transaction the sealer is alone already.
    internal override Task<bool> TryTakeSealerTurnAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>
    /// A writer that finds the database locked is retried by Microsoft.Data.Sqlite after a fixed 150 ms pause,
    /// so under load (every audited read is a write) requests waited in steps of 150 ms for a lock held a few
    /// milliseconds. Writers of this process queue here instead and go in the moment the one before is done.
    /// </summary>
    protected override async Task<IDisposable?> EnterWriteTurnAsync(CancellationToken cancellationToken) =>
        await SqliteWriteTurns.EnterAsync(Database.GetConnectionString() ?? "", cancellationToken);

    /// <summary>
    /// SQLite's default page cache is 2 MB; a load that grows several indexes at once keeps evicting and
    /// rewriting the same pages. A 256 MB cache for this connection lets them be written once, at commit.
    /// </summary>
    internal override async Task PrepareForBulkLoadAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken);

    /// <summary>
    /// A write-ahead log suits many short transactions, not one of millions of rows: every page of the new
    /// database goes through the log, whose index grows with it, and is copied again at checkpoint. The load
    /// runs with a rollback journal instead, which for an empty database has almost nothing to save.
    /// Changing the mode needs the only connection to the file; if another holds it, the load runs in WAL.
    /// </summary>
    internal override async Task BeforeBulkLoadAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE", cancellationToken);

    internal override async Task AfterBulkLoadAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no timestamp type; as UTC ticks, instants compare and sort in queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
