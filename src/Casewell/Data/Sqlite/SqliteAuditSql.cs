namespace Casewell.Data.Sqlite;

/// <summary>
/// SQLite's side of the append-only audit trail: triggers that refuse any UPDATE or DELETE of its tables, so a change
/// must first drop them (which a test of tampering does, and which verify-audit then finds in the MACs).
/// </summary>
public static class SqliteAuditSql
{
    public static readonly IReadOnlyList<string> Tables = ["AuditEntries", "AuditEntryClients", "AuditSeals", "AuditCheckpoints"];

    private static readonly string[] Refused = ["UPDATE", "DELETE"];

    public static IEnumerable<string> CreateTriggers() => Tables.SelectMany(table => Refused.Select(verb => $"""
        CREATE TRIGGER "{TriggerName(table, verb)}" BEFORE {verb} ON "{table}"
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: {verb} of {table} refused');
        END;
        """));

    public static IEnumerable<string> DropTriggers() =>
        Tables.SelectMany(table => Refused.Select(verb => $"""DROP TRIGGER IF EXISTS "{TriggerName(table, verb)}";"""));

    private static string TriggerName(string table, string verb) => $"{table}_refuse_{verb.ToLowerInvariant()}";
}
