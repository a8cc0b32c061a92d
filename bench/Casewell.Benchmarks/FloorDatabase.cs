using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Casewell.Benchmarks;

/// <summary>
/// The seeded database reached directly, for the floors: one hand-written query per page, read to the last
/// value, on a connection of its own. The SQL is written once for both databases (quoted names, LIMIT).
/// </summary>
internal sealed class FloorDatabase(BenchOptions options) : IAsyncDisposable
{
    private readonly DbConnection connection = options.IsPostgres ? new NpgsqlConnection(options.ConnectionString) : new SqliteConnection(options.ConnectionString);

    public Task OpenAsync() => connection.OpenAsync();

    /// <summary>Runs the query and reads every value of every row, as a page would; returns the row count.</summary>
    public async Task<int> ReadAsync(string sql, IReadOnlyList<object?> parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    public async Task<List<object?[]>> RowsAsync(string sql, params object?[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(values);
        }
        return rows;
    }

    /// <summary>Runs the statements in one transaction and commits it, as a save does; returns the rows they changed.</summary>
    public async Task<int> WriteAsync(params (string Sql, object?[] Parameters)[] statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        await using var transaction = await connection.BeginTransactionAsync();
        var changed = 0;
        foreach (var (sql, parameters) in statements)
        {
            await using var command = Command(sql, parameters);
            command.Transaction = transaction;
            changed += await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return changed;
    }

    /// <summary>An instant as the database stores it: SQLite keeps them as text in EF Core's format.</summary>
    public object Instant(DateTimeOffset instant) =>
        options.IsPostgres ? instant : instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An id as the database stores it: SQLite keeps GUIDs as upper-case text.</summary>
    public object Id(Guid id) => options.IsPostgres ? id : id.ToString().ToUpperInvariant();

    /// <summary>"@p0, @p1, ..." for an IN list of <paramref name="count"/> values starting at parameter <paramref name="first"/>.</summary>
    public static string List(int first, int count) => string.Join(", ", Enumerable.Range(first, count).Select(i => $"@p{i}"));

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private DbCommand Command(string sql, IReadOnlyList<object?> parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The benchmark's own fixed SQL; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
