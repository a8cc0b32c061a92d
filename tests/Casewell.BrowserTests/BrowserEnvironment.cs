namespace Casewell.BrowserTests;

/// <summary>
/// The browser these tests drive: Debian's Chromium named by <c>CASEWELL_TEST_CHROMIUM</c>, never one Playwright
/// downloads. Without it the tests are skipped on a developer's machine and fail under CI (<c>CI=true</c>).
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumVariable = "CASEWELL_TEST_CHROMIUM";

    public static string? Chromium => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium()
    {
        if (Chromium is not null) return;
        var reason = $"Browser tests need {ChromiumVariable} (a Chromium executable, e.g. /usr/bin/chromium).";
        if (IsCi) Assert.Fail($"{reason} CI=true, so this test must not be skipped.");
        Assert.Skip(reason);
    }
}
