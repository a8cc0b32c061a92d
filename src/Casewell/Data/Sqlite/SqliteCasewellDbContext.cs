using Casewell.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Casewell.Data.Sqlite;

public sealed class SqliteCasewellDbContext(DbContextOptions<SqliteCasewellDbContext> options, CurrentStaff actor, TimeProvider clock)
    : CasewellDbContext(options, actor, clock)
{
    // SQLite has one writer at a time and EF opens its transactions with BEGIN IMMEDIATE, which takes the
    // write lock up front: the audit chain's tail cannot move under us.
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no timestamp type; as UTC ticks, instants compare and sort in queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
