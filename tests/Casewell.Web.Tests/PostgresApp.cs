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
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (server is not null) await DropDatabaseAsync();
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>
    /// Drops the class's database. <c>WITH (FORCE)</c> ends the sessions still on it, but a session that takes longer than
    /// PostgreSQL waits for it leaves "being accessed by other users" (55006): that is tried again. Any other failure is
    /// reported with what PostgreSQL said, which xUnit's "cleanup failure" line alone does not show.
    /// </summary>
    private async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException($"Dropping the test database {database} failed: {e.Message}", e);
            }
        }
    }
}
