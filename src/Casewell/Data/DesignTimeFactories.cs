using Casewell.Access;
using Casewell.Audit;
using Casewell.Data.Postgres;
using Casewell.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Casewell.Data;

// Used by `dotnet ef migrations add` only; the connection strings are never opened, so nothing is ever MACed with the zero key.
file static class DesignTime
{
    public static readonly AuditKey Key = new(new byte[AuditKey.Length]);
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCasewellDbContext>
{
    public SqliteCasewellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite("Data Source=design.db").Options, CurrentStaff.System(), TimeProvider.System, DesignTime.Key);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCasewellDbContext>
{
    public PostgresCasewellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCasewellDbContext>().UseNpgsql("Host=localhost;Database=casewell_design").Options, CurrentStaff.System(), TimeProvider.System, DesignTime.Key);
}
