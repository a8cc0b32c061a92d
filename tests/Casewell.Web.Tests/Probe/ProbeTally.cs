using System.Net;
using System.Text.RegularExpressions;

namespace Casewell.Web.Tests.Probe;

/// <summary>
/// Sends the probe's requests and counts what came back: by status class, and every failure: a 5xx, a leaked stack
/// trace, an API 4xx that is not a problem document, a hostile time-based string that made the database wait.
/// </summary>
public sealed partial class ProbeTally(string phase)
{
    private readonly SortedDictionary<string, int> byClass = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, int> byStatus = [];
    private readonly List<string> failures = [];

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public int Sent { get; private set; }

    public IReadOnlyList<string> Failures => failures;

    public async Task<HttpResponseMessage> SendAsync(HttpClient http, string principal, HttpMethod method, string uri, string input,
        HttpContent? content = null, string? ifMatch = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        // A request that hangs holds whatever it locked, and every later one would wait on it: stop at the first.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(Patience);
        HttpResponseMessage response;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            response = await http.SendAsync(request, patience.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            failures.Add($"no answer within {Patience.TotalSeconds} s | {method} {uri} | {input} | as {principal}");
            Report("(stopped)");
            throw new TimeoutException($"{phase}: no answer within {Patience.TotalSeconds} s; the probe stopped there:\n{string.Join("\n", failures.Take(200))}");
        }
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        Sent++;
        byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
        var statusClass = $"{status / 100}xx";
        byClass[statusClass] = byClass.GetValueOrDefault(statusClass) + 1;
        var shown = uri.Length > 160 ? $"{uri[..160]}...({uri.Length} chars)" : uri;
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (status >= 500) failures.Add($"{status} | {method} {shown} | {input} | as {principal} | {Excerpt(body)}");
        else if (StackTrace().IsMatch(body)) failures.Add($"stack trace in {status} | {method} {shown} | {input} | as {principal} | {Excerpt(StackTrace().Match(body).Value)}");
        else if (status >= 400 && IsApi(uri) && ProblemDocument.Flaw(response, body) is { } flaw)
            failures.Add($"{status} without a problem document ({flaw}) | {method} {shown} | {input} | as {principal} | {Excerpt(body)}");
        // A time-based injection that reached SQL as code would have made the database wait.
        if (input.Contains("pg_sleep", StringComparison.Ordinal) && elapsed >= HostileStrings.Sleep)
            failures.Add($"slept {elapsed.TotalSeconds:0.0} s | {method} {shown} | {input} | as {principal}");
        return response;
    }

    /// <summary>Records a failure found outside the response itself, such as a refused request that changed the database.</summary>
    public void Fail(string failure) => failures.Add(failure);

    private static bool IsApi(string uri) => uri.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    public static bool IsRefusal(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.Redirect or HttpStatusCode.Found;

    public void Report(string database)
    {
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{phase} on {database}: {Sent} requests; by class {string.Join(", ", byClass.Select(c => $"{c.Key} {c.Value}"))}");
        output?.WriteLine($"  by status: {string.Join(", ", byStatus.Select(s => $"{s.Key} {s.Value}"))}");
        output?.WriteLine($"  failures (5xx, stack traces, 4xx without a problem document, changes by a refused request): {failures.Count}");
        foreach (var failure in failures) output?.WriteLine($"  {failure}");
    }

    public void AssertClean(string database) =>
        Assert.True(failures.Count == 0, $"{phase} on {database}: {failures.Count} failures in {Sent} requests (5xx, stack trace, 4xx without a problem document, or a change by a refused request):\n{string.Join("\n", failures.Take(200))}");

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > 200 ? flat[..200] : flat;
    }

    // A .NET frame ("at Casewell.Cases.X.Handle("), an exception's type name, or a database driver's own message.
    [GeneratedRegex(@"\bat [A-Z][\w.`<>]+\.[\w`<>]+\(|\b[A-Z]\w+(\.\w+)+Exception\b|Npgsql|SQLite Error|SqliteException")]
    private static partial Regex StackTrace();
}
