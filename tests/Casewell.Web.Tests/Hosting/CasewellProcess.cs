using System.Diagnostics;

namespace Casewell.Web.Tests.Hosting;

/// <summary>
/// Casewell started as the operator starts it: its own process (the app host built beside the tests), from a
/// working directory of the test's choosing, configured by environment variables. For what a process does at
/// start and exit, which an in-memory host cannot show.
/// </summary>
internal static class CasewellProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Runs Casewell to its end; one still running after <paramref name="timeout"/> is stopped and reported as such.</summary>
    public static async Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments,
        TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Casewell.Web.exe" : "Casewell.Web"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
            return new Outcome(-1, await output, $"still running after {timeout}; stopped. {await error}");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>The settings a test's Casewell needs, and no others from the test's own environment.</summary>
    public static Dictionary<string, string> Settings(string provider, string connectionString, string fieldEncryptionKey) => new()
    {
        ["Database__Provider"] = provider,
        ["ConnectionStrings__Casewell"] = connectionString,
        ["Security__FieldEncryptionKey"] = fieldEncryptionKey,
        ["Security__FieldEncryptionKeyFile"] = "",
        ["Urls"] = "http://127.0.0.1:0",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
