namespace Casewell.Data.Postgres;

/// <summary>
/// PostgreSQL's side of the append-only audit trail: one function that raises, and triggers calling it before any
/// UPDATE or DELETE (per row) and TRUNCATE (per statement) of the audit tables.
/// </summary>
public static class PostgresAuditSql
{
    public static readonly IReadOnlyList<string> Tables = ["AuditEntries", "AuditEntryClients", "AuditSeals", "AuditCheckpoints"];

    private const string Function = "casewell_audit_append_only";

    /// <summary>An identity added to a column that already holds entries starts at 1; it must go on after them.</summary>
    public const string ContinueSequenceAfterExistingEntries = """
        SELECT setval(pg_get_serial_sequence('"AuditEntries"', 'Sequence'), COALESCE(MAX("Sequence"), 0) + 1, false) FROM "AuditEntries";
        """;

    /// <summary>
    /// The Id column arrives with the keyed trail: entries written before it all get the empty GUID, which the unique
    /// index on Id would refuse. Each gets an id of its own (random: nothing else refers to them yet).
    /// </summary>
    public const string GiveEarlierEntriesIds = """
        UPDATE "AuditEntries" SET "Id" = gen_random_uuid();
        """;

    public static IEnumerable<string> CreateTriggers() =>
    [
        $"""
        CREATE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail is append-only: % of % refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """,
        .. Tables.SelectMany(TriggersOn),
    ];

    /// <summary>
    /// The triggers of one table. On a partitioned table the row trigger is cloned onto every partition (PostgreSQL 13
    /// and later); the TRUNCATE trigger is not, so each partition gets its own (PostgresAuditPartitions).
    /// </summary>
    public static IEnumerable<string> TriggersOn(string table) =>
    [
        $"""CREATE TRIGGER "{table}_refuse_change" BEFORE UPDATE OR DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION {Function}();""",
        $"""CREATE TRIGGER "{table}_refuse_truncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {Function}();""",
    ];

    public static IEnumerable<string> DropTriggersOn(string table) =>
    [
        $"""DROP TRIGGER IF EXISTS "{table}_refuse_change" ON "{table}";""",
        $"""DROP TRIGGER IF EXISTS "{table}_refuse_truncate" ON "{table}";""",
    ];

    /// <summary>Every trigger calling the function goes with it, the partitions' TRUNCATE guards too.</summary>
    public static IEnumerable<string> DropTriggers() =>
    [
        .. Tables.SelectMany(DropTriggersOn),
        $"DROP FUNCTION IF EXISTS {Function}() CASCADE;",
    ];
}
