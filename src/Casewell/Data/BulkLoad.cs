using System.Data.Common;
using System.Globalization;
using System.Text;
using Casewell.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Casewell.Data;

/// <summary>
/// The one way to write many rows into an empty database quickly: one transaction, tuned for the provider,
/// with row auditing off until <see cref="CommitAsync"/> records one summary line for the whole load. It is
/// public so that a loader outside the core (the demo and benchmark generator) needs no internals; it is safe
/// to be public because it refuses a signed-in actor and a database that holds any staff or client, so no
/// request can use it to write unaudited rows into real records.
/// </summary>
/// <remarks>
/// Entities added to the context are saved by EF as usual (<see cref="SaveAsync"/>). <see cref="InsertAsync{T}"/>
/// writes rows straight through the context's connection and transaction instead, with prepared statements:
/// through EF (change tracker, command batches) the agency size's five million case rows cost about
/// 40 microseconds each, this way about 11 on SQLite (measured on the 2-core machine). The columns, value
/// conversions and parameter types come from the EF model itself, so a row reads back exactly as if EF had
/// written it; optimistic concurrency is skipped, as it must be for rows nobody else can see yet.
/// </remarks>
public sealed class BulkLoad : IAsyncDisposable
{
    /// <summary>
    /// Parameters per statement on PostgreSQL: well under its limit, large enough to amortize a round trip.
    /// SQLite has no round trip to save, and looks each named parameter up by a linear scan when binding, so
    /// there one row per prepared statement is fastest (measured: a 1,000-parameter statement took three
    /// times as long per row).
    /// </summary>
    private const int ParametersPerStatement = 1_000;

    private readonly CasewellDbContext db;
    private readonly Dictionary<Type, Table> tables = [];
    private readonly Dictionary<(Type, int), DbCommand> commands = [];
    private IDbContextTransaction? transaction;

    private BulkLoad(CasewellDbContext db) => this.db = db;

    /// <summary>Begins the load's transaction; dispose the load whether or not it was committed.</summary>
    /// <exception cref="InvalidOperationException">Someone is signed in, or the database holds staff or clients.</exception>
    public static async Task<BulkLoad> BeginAsync(CasewellDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.IsSignedIn) throw new InvalidOperationException("A bulk load runs only from the command line.");
        if (await db.StaffUsers.AnyAsync(ct) || await db.Clients.AnyAsync(ct))
            throw new InvalidOperationException("A bulk load goes only into a database that holds no staff and no clients.");

        var load = new BulkLoad(db);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AuditsEachRow = false;
        try
        {
            await db.BeforeBulkLoadAsync(ct);
            load.transaction = await db.Database.BeginTransactionAsync(ct);
            await db.PrepareForBulkLoadAsync(ct);
            return load;
        }
        catch
        {
            await load.DisposeAsync();
            throw;
        }
    }

    /// <summary>Saves the entities added to the context since the last save and forgets them, so memory stays flat.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Writes the rows past the change tracker, in the order given; they are not tracked afterwards.</summary>
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

    /// <summary>Saves what is left, records the load as one audit entry (with row auditing back on) and commits.</summary>
    public async Task CommitAsync(AuditAction action, string entityType, string details, CancellationToken ct)
    {
        if (transaction is null) throw new InvalidOperationException("The load has ended.");
        await SaveAsync(ct);
        db.AuditsEachRow = true;
        db.RecordAccess(action, entityType, null, null, details);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Ends the transaction (rolled back unless committed) and puts the context and the connection back as they were.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values) await command.DisposeAsync();
        commands.Clear();
        if (transaction is not null) await transaction.DisposeAsync();
        transaction = null;
        db.AuditsEachRow = true;
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
        await db.AfterBulkLoadAsync(CancellationToken.None);
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
        command.Transaction = transaction?.GetDbTransaction() ?? throw new InvalidOperationException("The load has ended.");
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
