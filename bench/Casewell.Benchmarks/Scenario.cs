namespace Casewell.Benchmarks;

/// <summary>
/// One page's data, fetched two ways in the same run: through Casewell (the API endpoint the page calls,
/// with its handler, access rules and audit) and through one hand-written SQL query for the same rows (the
/// floor no implementation can beat). Each takes the iteration number, to cycle through its inputs.
/// </summary>
internal sealed record Scenario(string Name, string Caller, double TargetP95Milliseconds, Func<int, Task<int>> Page, Func<int, Task<int>> Floor)
{
    /// <summary>The requests `wrk` replays against the running server, and whose session it uses.</summary>
    public required IReadOnlyList<WrkRequest> Requests { get; init; }
}

internal sealed record WrkRequest(string Method, string Path, string? Body = null);
