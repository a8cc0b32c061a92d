using Casewell.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Benchmarks;

/// <summary>
/// Measures Casewell's busiest pages on a database seeded with `seed-demo --size agency`: each page's API
/// call in process (median, p95) beside one hand-written SQL query for the same rows. bench/run.sh runs it,
/// then `wrk` against a running server with the scripts it writes, and puts the figures into docs/benchmarks.md.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        Directory.CreateDirectory(options.OutputDirectory);
        await using var app = new BenchApp(options);
        await using var floor = new FloorDatabase(options);
        await floor.OpenAsync();

        var all = new List<Scenario> { await BaselineScenario.BuildAsync(app, floor) };
        all.AddRange(await new CaseScenarios(app, floor).BuildAsync());
        all.AddRange(await new ClientScenarios(app, floor).BuildAsync());
        var today = app.Services.GetRequiredService<AgencyCalendar>().Today();
        all.Add(SweepScenario.Build(app, floor, today));
        all.Add(await new WriteScenario(app, floor, today).BuildAsync());
        all.AddRange(await new CourtReportScenarios(app, floor).BuildAsync());
        var scenarios = all.Where(s => options.Only is null || s.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)).ToList();

        var harness = new LatencyHarness(options.Warmup, options.Iterations);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"Measuring {scenario.Name}...");
            var result = await harness.MeasureAsync(scenario);
            results.Add(result);
            Console.WriteLine($"  median {result.Page.Median:F1} ms, p95 {result.Page.P95:F1} ms; floor median {result.Floor.Median:F2} ms; ratio {result.Ratio:F1}");
            if (scenario.Requests.Count > 0)
                await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, $"wrk-{Slug(scenario.Name)}.lua"), ReportWriter.WrkScript(scenario));
        }
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "latency.md"), ReportWriter.LatencyTable(results));
        // The order and names of the wrk scripts, for run.sh's throughput table.
        await File.WriteAllLinesAsync(Path.Combine(options.OutputDirectory, "wrk.tsv"), scenarios.Where(s => s.Requests.Count > 0).Select(s => $"{Slug(s.Name)}\t{s.Name}\t{s.Caller}"));
        Console.WriteLine();
        Console.WriteLine(ReportWriter.LatencyTable(results));
        return 0;
    }

    /// <summary>"client search, misspelled" -> "client-search-misspelled": the file name run.sh finds and labels.</summary>
    public static string Slug(string name) =>
        string.Join('-', new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
