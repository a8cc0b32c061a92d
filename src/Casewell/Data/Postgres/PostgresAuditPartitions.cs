namespace Casewell.Data.Postgres;

/// <summary>
/// PostgreSQL's audit tables (AuditEntries, AuditEntryClients) are range-partitioned on OccurredAt by calendar month in
/// UTC, so that writing stays cheap however many years the trail holds and a month past retention can be detached and
/// dropped whole (decision 0021). A DEFAULT partition takes any row whose month has no partition yet, so no insert
/// ever fails for want of one; the functions here make each month's partitions ahead of time.
/// </summary>
public static class PostgresAuditPartitions
{
    public static readonly IReadOnlyList<string> Tables = ["AuditEntries", "AuditEntryClients"];

    public const string CreateMonthFunction = "casewell_audit_create_month";
    public const string EnsureFunction = "casewell_audit_ensure_partitions";

    // Any constant, other than the sealer's, naming the lock that keeps two instances from making one partition at once.
    private const long PartitionLockKey = 0x43415345_50415254;

    /// <summary>
    /// <c>casewell_audit_create_month(instant)</c>: the partitions of both tables for the month of that instant (UTC),
    /// with their TRUNCATE guard (statement triggers are not inherited, and TRUNCATE of a partition skips the parent's).
    /// False when they exist. PostgreSQL refuses a partition whose range the default already holds rows of; then the
    /// default is detached and set aside, the month and a new default made, and the rows copied back through the parent,
    /// each to its partition, before the old default is dropped: no row is updated or deleted on the way, so the
    /// append-only triggers stay in force, and every row keeps its sequence, content and MAC.
    /// <c>casewell_audit_ensure_partitions(months_ahead, from)</c>: the month of <c>from</c> (now, unless given: the
    /// application passes its own clock) and the next <c>months_ahead</c>; returns how many months it made.
    /// </summary>
    public static IEnumerable<string> CreateFunctions() =>
    [
        $$"""
        CREATE FUNCTION {{CreateMonthFunction}}(in_month timestamptz) RETURNS boolean LANGUAGE plpgsql AS $$
        DECLARE
            month_start timestamp := date_trunc('month', in_month AT TIME ZONE 'UTC');
            low timestamptz := month_start AT TIME ZONE 'UTC';
            high timestamptz := (month_start + interval '1 month') AT TIME ZONE 'UTC';
            bounds text := format('FOR VALUES FROM (%L) TO (%L)',
                to_char(month_start, 'YYYY-MM-DD HH24:MI:SS') || '+00', to_char(month_start + interval '1 month', 'YYYY-MM-DD HH24:MI:SS') || '+00');
            suffix text := to_char(month_start, 'YYYY_MM');
            parent text;
            stranded boolean;
        BEGIN
            PERFORM pg_advisory_xact_lock({{PartitionLockKey}});
            IF to_regclass(quote_ident('AuditEntries_' || suffix)) IS NOT NULL THEN
                RETURN false;
            END IF;
            FOREACH parent IN ARRAY ARRAY['AuditEntries', 'AuditEntryClients'] LOOP
                EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE "OccurredAt" >= $1 AND "OccurredAt" < $2)', parent || '_default')
                    INTO stranded USING low, high;
                IF stranded THEN
                    EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', parent, parent || '_default');
                    EXECUTE format('ALTER TABLE %I RENAME TO %I', parent || '_default', parent || '_default_moved');
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I %s', parent || '_' || suffix, parent, bounds);
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', parent || '_default', parent);
                    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION casewell_audit_append_only()',
                        parent || '_default_refuse_truncate', parent || '_default');
                    EXECUTE format('INSERT INTO %I SELECT * FROM %I', parent, parent || '_default_moved');
                    EXECUTE format('DROP TABLE %I', parent || '_default_moved');
                ELSE
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I %s', parent || '_' || suffix, parent, bounds);
                END IF;
                EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION casewell_audit_append_only()',
                    parent || '_' || suffix || '_refuse_truncate', parent || '_' || suffix);
            END LOOP;
            RETURN true;
        END;
        $$;
        """,
        $$"""
        CREATE FUNCTION {{EnsureFunction}}(months_ahead integer, from_instant timestamptz DEFAULT now()) RETURNS integer LANGUAGE plpgsql AS $$
        DECLARE
            made integer := 0;
        BEGIN
            FOR m IN 0..months_ahead LOOP
                IF {{CreateMonthFunction}}((date_trunc('month', from_instant AT TIME ZONE 'UTC') + make_interval(months => m)) AT TIME ZONE 'UTC') THEN
                    made := made + 1;
                END IF;
            END LOOP;
            RETURN made;
        END;
        $$;
        """,
    ];

    public static IEnumerable<string> DropFunctions() =>
    [
        $"DROP FUNCTION IF EXISTS {EnsureFunction}(integer, timestamptz);",
        $"DROP FUNCTION IF EXISTS {CreateMonthFunction}(timestamptz);",
    ];

    /// <summary>The default partitions of both tables, with their TRUNCATE guard.</summary>
    public static IEnumerable<string> CreateDefaultPartitions() => Tables.SelectMany(table => new[]
    {
        $"""CREATE TABLE "{table}_default" PARTITION OF "{table}" DEFAULT;""",
        $"""CREATE TRIGGER "{table}_default_refuse_truncate" BEFORE TRUNCATE ON "{table}_default" FOR EACH STATEMENT EXECUTE FUNCTION casewell_audit_append_only();""",
    });

    /// <summary>Partitions for every month the existing rows of <c>"{table}_previous"</c> fall in (a migration's step).</summary>
    public const string CreateMonthsOfExistingEntries = $"""
        SELECT {CreateMonthFunction}(m) FROM (SELECT DISTINCT date_trunc('month', "OccurredAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS m FROM "AuditEntries_previous") months;
        """;
}
