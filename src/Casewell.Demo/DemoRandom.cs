namespace Casewell.Demo;

/// <summary>
/// A seeded source of choices, so the same seed makes the same people: a demo can be rebuilt identically and
/// a benchmark rerun on equal data. Not for anything secret.
/// </summary>
internal sealed class DemoRandom(int seed)
{
#pragma warning disable CA5394 // Deliberately predictable: demo data must be reproducible from its seed.
    private readonly Random random = new(seed);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    public DateOnly DateBetween(DateOnly earliest, DateOnly latest) =>
        earliest.AddDays(random.Next(latest.DayNumber - earliest.DayNumber + 1));

    public double Uniform(double min, double max) => min + random.NextDouble() * (max - min);

    /// <summary>A whole number whose average is <paramref name="expected"/>: 2.3 comes out as 2 or 3, 3 three times in ten.</summary>
    public int Round(double expected)
    {
        var whole = Math.Floor(expected);
        return (int)whole + (random.NextDouble() < expected - whole ? 1 : 0);
    }

    public TimeSpan Within(TimeSpan span) => TimeSpan.FromSeconds(random.NextDouble() * span.TotalSeconds);
#pragma warning restore CA5394
}
