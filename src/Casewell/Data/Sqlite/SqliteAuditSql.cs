namespace Casewell.Data.Sqlite;

/// <summary>
/// SQLite's side of the append-only audit trail: triggers that refuse any UPDATE or DELETE of its tables, so a change
/// must first drop them (which a test of tampering does, and which verify-audit then finds in the MACs).
/// </summary>
public static class SqliteAuditSql
{
    public static readonly IReadOnlyList<string> Tables = ["AuditEntries", "AuditEntryClients", "AuditSeals", "AuditCheckpoints"];

    private static readonly string[] Refused = ["UPDATE", "DELETE"];

    /// <summary>
    /// The Id column arrives with the keyed trail: entries written before it all get the empty GUID, which the unique
    /// index on Id would refuse. Each gets a random version 4 id of its own, as text in the form EF Core stores a Guid.
    /// </summary>
    public const string GiveEarlierEntriesIds = """
        UPDATE "AuditEntries" SET "Id" = upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
            || '-' || substr('89AB', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
        """;

    public static IEnumerable<string> CreateTriggers() => Tables.SelectMany(table => Refused.Select(verb => $"""
        CREATE TRIGGER "{TriggerName(table, verb)}" BEFORE {verb} ON "{table}"
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: {verb} of {table} refused');
        END;
        """));

    /// <summary>The UPDATE and DELETE guards of one table that came after the others (the retention records).</summary>
    public static IEnumerable<string> TriggersOn(string table) => Refused.Select(verb => $"""
        CREATE TRIGGER "{TriggerName(table, verb)}" BEFORE {verb} ON "{table}"
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: {verb} of {table} refused');
        END;
        """);

    public static IEnumerable<string> DropTriggersOn(string table) =>
        Refused.Select(verb => $"""DROP TRIGGER IF EXISTS "{TriggerName(table, verb)}";""");

    public static IEnumerable<string> DropTriggers() =>
        Tables.SelectMany(table => Refused.Select(verb => $"""DROP TRIGGER IF EXISTS "{TriggerName(table, verb)}";"""));

    private static string TriggerName(string table, string verb) => $"{table}_refuse_{verb.ToLowerInvariant()}";
}
