namespace Casewell.Demo;

/// <summary>How much demo data to make: a demo on a laptop, one agency, or a whole state's caseload.</summary>
public enum DemoSize
{
    Small,
    Agency,
    State,
}

/// <summary>The head counts behind a <see cref="DemoSize"/>, and how much casework they carry.</summary>
/// <param name="Staff">Everyone with an account: case workers, supervisors, intake, managers, administrators, auditors.</param>
/// <param name="Clients">People registered as clients, in households.</param>
/// <param name="Cases">Every case the agency has had, open and closed.</param>
/// <param name="OpenPerWorker">The caseload each case worker carries now, on average.</param>
/// <param name="TasksAndContacts">Tasks and contacts over all those cases together.</param>
/// <param name="QueuedPerTeam">Referrals waiting in each team's queue for a supervisor to assign them.</param>
/// <param name="LongTimelines">Cases open for years with a long timeline (about <see cref="LongTimelineEvents"/> entries).</param>
public sealed record DemoScale(int Staff, int Clients, int Cases, int OpenPerWorker, int TasksAndContacts, int QueuedPerTeam, int LongTimelines)
{
    /// <summary>Case workers per team, and the one supervisor over them: a span of control agencies aim for.</summary>
    public const int WorkersPerTeam = 8;

    public const int LongTimelineEvents = 500;

    public static DemoScale For(DemoSize size) => size switch
    {
        // A laptop demo: fewer cases per worker than a real agency carries, so that each worker's list is readable.
        DemoSize.Small => new DemoScale(Staff: 40, Clients: 600, Cases: 900, OpenPerWorker: 12, TasksAndContacts: 9_000, QueuedPerTeam: 4, LongTimelines: 1),
        DemoSize.Agency => new DemoScale(Staff: 500, Clients: 100_000, Cases: 150_000, OpenPerWorker: 60, TasksAndContacts: 1_500_000, QueuedPerTeam: 3, LongTimelines: 5),
        DemoSize.State => new DemoScale(Staff: 5_000, Clients: 1_000_000, Cases: 1_500_000, OpenPerWorker: 60, TasksAndContacts: 15_000_000, QueuedPerTeam: 3, LongTimelines: 20),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown demo size."),
    };
}
