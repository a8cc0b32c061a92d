namespace Casewell.Web.Tests;

/// <summary>
/// What the machine offers the tests. A test that needs something missing is skipped on a developer's machine,
/// but fails under CI (<c>CI=true</c>): a CI run that silently skipped PostgreSQL would prove nothing about it.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "CASEWELL_TEST_POSTGRES";

    public static string? Postgres => Value(PostgresVariable);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the running test, or fails it under CI, because <paramref name="what"/> is missing.</summary>
    public static void Unavailable(string what)
    {
        if (IsCi) Assert.Fail($"{what} CI=true, so this test must not be skipped.");
        Assert.Skip(what);
    }

    private static string? Value(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
