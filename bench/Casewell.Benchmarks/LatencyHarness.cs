using System.Diagnostics;

namespace Casewell.Benchmarks;

/// <summary>Latency by nearest-rank percentiles, in milliseconds.</summary>
internal sealed record Latency(double Median, double P95, double Max)
{
    public static Latency Of(double[] samples)
    {
        var sorted = samples.Order().ToArray();
        double Rank(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Latency(Rank(0.5), Rank(0.95), sorted[^1]);
    }
}

internal sealed record ScenarioResult(Scenario Scenario, Latency Page, Latency Floor, double PageItems, double FloorItems)
{
    /// <summary>How many times the floor's median the page's median takes.</summary>
    public double Ratio => Page.Median / Floor.Median;

    public bool MeetsTarget => Page.P95 < Scenario.TargetP95Milliseconds;
}

/// <summary>
/// Times a scenario's page and floor in turns, after a warm-up (JIT, EF's query cache, the database's page
/// cache), so both see the same machine at the same moment.
/// </summary>
internal sealed class LatencyHarness(int warmup, int iterations)
{
    public async Task<ScenarioResult> MeasureAsync(Scenario scenario)
    {
        for (var i = 0; i < warmup; i++)
        {
            await scenario.Page(i);
            await scenario.Floor(i);
        }
        var page = new double[iterations];
        var floor = new double[iterations];
        long pageItems = 0, floorItems = 0;
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            pageItems += await scenario.Page(warmup + i);
            page[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            floorItems += await scenario.Floor(warmup + i);
            floor[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return new ScenarioResult(scenario, Latency.Of(page), Latency.Of(floor), pageItems / (double)iterations, floorItems / (double)iterations);
    }
}
