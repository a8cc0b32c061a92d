namespace Casewell.Web.Tests.Probe;

/// <summary>
/// The attacker's strings of issue 8's proof, by family: SQL injection (including time-based), script injection,
/// path traversal, format strings (C's and .NET's own composite format, which a careless string.Format would
/// throw on) and Unicode normalisation tricks. Every field, query value and route id gets one string of each
/// family, chosen by its position (<see cref="For"/>), so that each string reaches many fields and the probe stays
/// affordable in CI; the same code always picks the same strings.
/// </summary>
public static class HostileStrings
{
    /// <summary>A string that makes the database wait this long if it ever reaches SQL as code.</summary>
    public static readonly TimeSpan Sleep = TimeSpan.FromSeconds(4);

    public static readonly IReadOnlyList<(string Label, string Value)> Sql =
    [
        ("sql: ' OR '1'='1", "' OR '1'='1"),
        ("sql: DROP TABLE", "1; DROP TABLE \"Clients\"--"),
        ("sql: UNION SELECT", "' UNION SELECT NULL, name, sql FROM sqlite_master--"),
        ("sql: %' --", "%' --"),
        ("sql: pg_sleep", "'; SELECT pg_sleep(4)--"),
        ("sql: pg_sleep in a condition", "1' AND 1=(SELECT 1 FROM pg_sleep(4))--"),
        ("sql: stacked quote", "\\'; --"),
    ];

    public static readonly IReadOnlyList<(string Label, string Value)> Script =
    [
        ("script: <script>", "<script>alert(1)</script>"),
        ("script: onerror", "\"><img src=x onerror=alert(1)>"),
        ("script: javascript:", "javascript:alert(1)"),
        ("script: svg onload", "<svg/onload=alert(1)>"),
    ];

    public static readonly IReadOnlyList<(string Label, string Value)> Traversal =
    [
        ("path: ../../etc/passwd", "../../etc/passwd"),
        ("path: ..%2F..%2F", "..%2F..%2Fetc%2Fpasswd"),
        ("path: %2e%2e%2f", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("path: ..\\", "..\\..\\windows\\win.ini"),
    ];

    public static readonly IReadOnlyList<(string Label, string Value)> Format =
    [
        ("format: %s%n", "%s%n%x%d%n"),
        ("format: {0}", "{0}{1}{2:N}"),
        ("format: unbalanced {", "}{ {{0}"),
    ];

    public static readonly IReadOnlyList<(string Label, string Value)> Unicode =
    [
        ("unicode: fullwidth <script>", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
        ("unicode: combining accent", "Jose\u0301 A\u030a"),
        ("unicode: ligature and dotted I", "\ufb01le \u0130stanbul"),
        ("unicode: fullwidth quote OR", "\uff07 OR \uff071\uff07=\uff071"),
        ("unicode: emoji and ZWJ", "\U0001F469\u200D\U0001F467 family"),
    ];

    private static readonly IReadOnlyList<IReadOnlyList<(string Label, string Value)>> Families = [Sql, Script, Traversal, Format, Unicode];

    /// <summary>Every hostile string, for a target cheap enough to take them all.</summary>
    public static IEnumerable<(string Label, string Value)> All => Families.SelectMany(f => f);

    /// <summary>One string of each family for the <paramref name="position"/>th target: a rotation, so neighbours differ.</summary>
    public static IEnumerable<(string Label, string Value)> For(int position) =>
        Families.Select(family => family[((position % family.Count) + family.Count) % family.Count]);

    /// <summary>Whether the string would make the database sleep if it were ever run as SQL.</summary>
    public static bool Sleeps(string value) => value.Contains("pg_sleep", StringComparison.Ordinal);
}
