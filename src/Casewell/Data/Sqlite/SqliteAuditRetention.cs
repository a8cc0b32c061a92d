namespace Casewell.Data.Sqlite;

/// <summary>
/// SQLite's side of the retention records (decision 0025): none are written here, since SQLite keeps the trail whole,
/// but the table is in the one model, and insert-only like the rest of the trail.
/// </summary>
public static class SqliteAuditRetention
{
    public const string Table = "AuditRetentions";

    /// <summary>What the migration adds after creating the table.</summary>
    public static IEnumerable<string> Up() => SqliteAuditSql.TriggersOn(Table);

    public static IEnumerable<string> Down() => SqliteAuditSql.DropTriggersOn(Table);
}
