namespace Casewell.Data.Postgres;

/// <summary>
/// PostgreSQL's side of retention (decision 0025): the retention records are insert-only like the rest of the trail,
/// and <c>casewell_audit_drop_month(month)</c> is the one way Casewell takes rows out of the audit tables. It detaches
/// and drops the month's partitions of both tables, and refuses the current month and any later one (by the database's
/// clock), a month without a retention record that covers it, and anything not one of the month partitions: the
/// default partition has no month, so it cannot be named.
/// </summary>
public static class PostgresAuditRetention
{
    public const string Table = "AuditRetentions";
    public const string DropMonthFunction = "casewell_audit_drop_month";

    // The partitions' lock (PostgresAuditPartitions): no month is made while one is dropped.
    private const long PartitionLockKey = 0x43415345_50415254;

    /// <summary>What the migration adds after creating the table.</summary>
    public static IEnumerable<string> Up() =>
    [
        .. PostgresAuditSql.TriggersOn(Table),
        $$"""
        CREATE FUNCTION {{DropMonthFunction}}(in_month timestamptz) RETURNS boolean LANGUAGE plpgsql AS $$
        DECLARE
            month_start timestamp := date_trunc('month', in_month AT TIME ZONE 'UTC');
            month_end timestamptz := (month_start + interval '1 month') AT TIME ZONE 'UTC';
            suffix text := to_char(month_start, 'YYYY_MM');
            parent text;
            part regclass;
            dropped boolean := false;
        BEGIN
            IF month_start >= date_trunc('month', now() AT TIME ZONE 'UTC') THEN
                RAISE EXCEPTION 'the audit trail keeps the current month and later: dropping % refused', suffix
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM "{{Table}}" WHERE "KeptFrom" >= month_end) THEN
                RAISE EXCEPTION 'no retention record covers %: dropping it refused', suffix
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM pg_advisory_xact_lock({{PartitionLockKey}});
            FOREACH parent IN ARRAY ARRAY['AuditEntries', 'AuditEntryClients'] LOOP
                part := to_regclass(quote_ident(parent || '_' || suffix));
                CONTINUE WHEN part IS NULL
                    OR NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = part AND inhparent = quote_ident(parent)::regclass);
                EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', parent, parent || '_' || suffix);
                EXECUTE format('DROP TABLE %I', parent || '_' || suffix);
                dropped := true;
            END LOOP;
            RETURN dropped;
        END;
        $$;
        """,
    ];

    public static IEnumerable<string> Down() =>
    [
        $"DROP FUNCTION IF EXISTS {DropMonthFunction}(timestamptz);",
        .. PostgresAuditSql.DropTriggersOn(Table),
    ];

    /// <summary>The first instant (UTC) of every month that has a partition of AuditEntries. No braces: EF formats raw SQL.</summary>
    public const string PartitionedMonths = """
        SELECT to_date(substr(c.relname, length('AuditEntries_') + 1), 'YYYY_MM')::timestamp AT TIME ZONE 'UTC' AS "Value"
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = '"AuditEntries"'::regclass AND c.relname ~ '^AuditEntries_[0-9][0-9][0-9][0-9]_[0-9][0-9]$'
        """;
}
