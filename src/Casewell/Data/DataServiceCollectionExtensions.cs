using Casewell.Access;
using Casewell.Data.Postgres;
using Casewell.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Casewell.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/casewell.db";

    /// <summary>
    /// Registers the context of the configured database (<c>Database:Provider</c>, <c>ConnectionStrings:Casewell</c>)
    /// as <see cref="CasewellDbContext"/>.
    /// </summary>
    public static IServiceCollection AddCasewellData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderOf(configuration);
        var connectionString = configuration.GetConnectionString("Casewell");
        services.AddScoped(_ => CurrentStaff.System());
        services.AddScoped(_ => Casewell.Audit.AuditSource.OutsideRequests());
        services.AddSingleton(TimeProvider.System);
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Casewell is empty.");
            services.AddDbContext<PostgresCasewellDbContext>(o => o.UseNpgsql(PostgresConnectionStringFor(connectionString)).AddInterceptors(UnstorableTextGuard.Instance));
            services.AddScoped<CasewellDbContext>(sp => sp.GetRequiredService<PostgresCasewellDbContext>());
        }
        else
        {
            var sqlite = SqliteConnectionStringFor(connectionString);
            services.AddDbContext<SqliteCasewellDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(UnstorableTextGuard.Instance));
            services.AddScoped<CasewellDbContext>(sp => sp.GetRequiredService<SqliteCasewellDbContext>());
        }
        return services;
    }

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            // A settings failure like those checked at start, which Program reports as a line, not a stack trace.
            : throw new OptionsValidationException("Database:Provider", typeof(DatabaseProvider), [$"Database:Provider must be Sqlite or Postgres, not '{value}'."]);
    }

    /// <summary>
    /// Prepares the statements a server runs again and again, unless the connection string says otherwise. The access
    /// rules make every read one large query, and PostgreSQL spent more time planning a search than running it (6 ms
    /// against 2, docs/benchmarks.md): a prepared statement is planned once per connection. Set
    /// <c>Max Auto Prepare=0</c> behind a pooler that cannot keep prepared statements.
    /// </summary>
    public static string PostgresConnectionStringFor(string configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal));
        if (!given.Contains("MaxAutoPrepare", StringComparer.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 200;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    /// <summary>Creates the SQLite file's folder, so a fresh clone starts with no set-up.</summary>
    private static string SqliteConnectionStringFor(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnectionString : configured)
        {
            // Foreign keys are off by default in SQLite; the model relies on them.
            ForeignKeys = true,
        };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.Equals(":memory:", StringComparison.Ordinal) && folder is not null)
            Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
