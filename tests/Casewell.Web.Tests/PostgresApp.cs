using Npgsql;

namespace Casewell.Web.Tests;

/// <summary>
/// Casewell on PostgreSQL: a database of its own, created on the server named by <c>CASEWELL_TEST_POSTGRES</c>
/// and dropped afterwards.
/// </summary>
public sealed class PostgresApp : CasewellApp
{
    private readonly string? server = TestEnvironment.Postgres;
    private readonly string database = $"casewell_test_{Guid.CreateVersion7():N}";

    public override string Provider => "Postgres";

    public override string? ConnectionString => server is null
        ? null
        : new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    protected override string MissingReason =>
        $"PostgreSQL tests need {TestEnvironment.PostgresVariable} (a connection string to a server where the tests may create databases).";

    public override async ValueTask InitializeAsync()
    {
        if (server is null) return;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        GC.SuppressFinalize(this);
    }
}
