using System.Data.Common;
using System.Globalization;
using System.Text;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Casewell.Demo;

/// <summary>
/// Inserts generated entities straight through the context's connection and transaction, with prepared
/// statements. Through EF (change tracker, command batches) the agency size's five million case rows cost
/// about 40 microseconds each; this way about 11 on SQLite (measured on the 2-core machine). The columns,
/// value conversions and parameter types come from the EF model itself, so a row reads back exactly as if EF
/// had written it. Only for the demo generator: it skips row auditing and optimistic concurrency by design.
/// </summary>
internal sealed class DemoRowInserter(CasewellDbContext db) : IAsyncDisposable
{
    /// <summary>
    /// Parameters per statement on PostgreSQL: well under its limit, large enough to amortize a round trip.
    /// SQLite has no round trip to save, and looks each named parameter up by a linear scan when binding, so
    /// there one row per prepared statement is fastest (measured: a 1,000-parameter statement took three
    /// times as long per row).
    /// </summary>
    private const int ParametersPerStatement = 1_000;

    private readonly Dictionary<Type, Table> tables = [];
    private readonly Dictionary<(Type, int), DbCommand> commands = [];

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = TableOf(typeof(T));
        for (var offset = 0; offset < rows.Count; offset += table.RowsPerStatement)
        {
            var count = Math.Min(table.RowsPerStatement, rows.Count - offset);
            var command = await CommandAsync(table, count, ct);
            var parameter = 0;
            for (var r = 0; r < count; r++)
            {
                var row = rows[offset + r];
                foreach (var column in table.Columns) command.Parameters[parameter++].Value = column.ValueOf(row);
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values) await command.DisposeAsync();
        commands.Clear();
    }

    private Table TableOf(Type type)
    {
        if (tables.TryGetValue(type, out var table)) return table;
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var name = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => new Column(p, store)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(name, entity.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        table = new Table(prefix, columns, db.Database.IsSqlite() ? 1 : Math.Max(1, ParametersPerStatement / columns.Count));
        tables[type] = table;
        return table;
    }

    private async Task<DbCommand> CommandAsync(Table table, int rows, CancellationToken ct)
    {
        var key = (table.Columns[0].Property.DeclaringType.ClrType, rows);
        if (commands.TryGetValue(key, out var command)) return command;
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var text = new StringBuilder(table.Prefix);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{command.Parameters.Count}");
                if (c > 0) text.Append(", ");
                text.Append(name);
                command.Parameters.Add(table.Columns[c].Parameter(command, name));
            }
            text.Append(')');
        }
#pragma warning disable CA2100 // Built from the EF model's own table and column names; every value is a parameter.
        command.CommandText = text.ToString();
#pragma warning restore CA2100
        await command.PrepareAsync(ct);
        commands[key] = command;
        return command;
    }

    private sealed record Table(string Prefix, IReadOnlyList<Column> Columns, int RowsPerStatement);

    private sealed class Column
    {
        private readonly IClrPropertyGetter getter;
        private readonly RelationalTypeMapping mapping;

        public Column(IProperty property, StoreObjectIdentifier table)
        {
            if (property.IsShadowProperty()) throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property.");
            Property = property;
            Name = property.GetColumnName(table) ?? property.Name;
            getter = property.GetGetter();
            mapping = property.GetRelationalTypeMapping();
        }

        public IProperty Property { get; }
        public string Name { get; }

        public DbParameter Parameter(DbCommand command, string name) => mapping.CreateParameter(command, name, null, Property.IsNullable);

        public object ValueOf(object row)
        {
            var value = getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
            return value ?? DBNull.Value;
        }
    }
}
