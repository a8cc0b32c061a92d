namespace Casewell.Demo;

/// <summary>How much demo data to make: a demo on a laptop, one agency, or a whole state's caseload.</summary>
public enum DemoSize
{
    Small,
    Agency,
    State,
}

/// <summary>The head counts behind a <see cref="DemoSize"/>.</summary>
public sealed record DemoScale(int Staff, int Clients)
{
    /// <summary>Case workers per team, and the one supervisor over them: a span of control agencies aim for.</summary>
    public const int WorkersPerTeam = 8;

    public static DemoScale For(DemoSize size) => size switch
    {
        DemoSize.Small => new DemoScale(Staff: 40, Clients: 600),
        DemoSize.Agency => new DemoScale(Staff: 500, Clients: 100_000),
        DemoSize.State => new DemoScale(Staff: 5_000, Clients: 1_000_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown demo size."),
    };
}
