using Casewell.Access;
using Casewell.Data.Postgres;
using Casewell.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Casewell.Data;

// Used by `dotnet ef migrations add` only; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCasewellDbContext>
{
    public SqliteCasewellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite("Data Source=design.db").Options, CurrentStaff.System(), TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCasewellDbContext>
{
    public PostgresCasewellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCasewellDbContext>().UseNpgsql("Host=localhost;Database=casewell_design").Options, CurrentStaff.System(), TimeProvider.System);
}
