using Casewell.Cases;

namespace Casewell.Demo;

/// <summary>Where a generated case stands today.</summary>
internal enum DemoCaseFate
{
    /// <summary>Referred and waiting in its team's queue, never assigned.</summary>
    Queued,

    /// <summary>Was worked, then its worker was taken off it: back in the queue for another.</summary>
    ReturnedToQueue,

    /// <summary>Closed by the supervisor from the queue without being worked (screened out).</summary>
    ScreenedOut,

    /// <summary>Assigned in the last days, not opened yet.</summary>
    AwaitingOpening,
    Open,
    OnHold,

    /// <summary>Its worker asked to close it; the supervisor has not decided yet.</summary>
    ClosureRequested,
    Closed,
}

/// <summary>A stretch of service.</summary>
/// <param name="Start">The referral for the first, the reopening for each later one.</param>
/// <param name="End">When the case was closed; null while it is still active.</param>
internal readonly record struct DemoEpisode(DateTimeOffset Start, DateTimeOffset? End);

/// <summary>
/// The outline of one generated case, decided before any entity is made: for whom, in which team, how it
/// went and where it stands, and how much work it saw. <see cref="DemoCaseBuilder"/> then plays it out through
/// the case's own methods.
/// </summary>
internal sealed class DemoCasePlan
{
    public required DemoPractice Practice { get; init; }
    public required Guid ProgramId { get; init; }
    public required Guid TeamId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required Guid ClientId { get; init; }
    public required IReadOnlyList<Guid> MemberIds { get; init; }
    public required DemoCaseFate Fate { get; set; }
    public required IReadOnlyList<DemoEpisode> Episodes { get; init; }

    /// <summary>The primary workers in the order they held the case; the last holds it now (or did at closure).</summary>
    public required IReadOnlyList<Guid> Workers { get; init; }
    public Guid? SecondaryWorkerId { get; init; }
    public required CasePriority Priority { get; init; }
    public required ReferralSource Source { get; init; }

    public DateTimeOffset ReferredAt => Episodes[0].Start;
    public bool IsActive => Fate is not (DemoCaseFate.Closed or DemoCaseFate.ScreenedOut);
    public bool IsQueued => Fate is DemoCaseFate.Queued or DemoCaseFate.ReturnedToQueue;

    /// <summary>Contacts over the case's life, client and collateral together.</summary>
    public int Contacts { get; set; }

    /// <summary>Tasks over the case's life, open ones included.</summary>
    public int Tasks { get; set; }

    /// <summary>Tasks still open today (active cases only), of which <see cref="OverdueTasks"/> are past due.</summary>
    public int OpenTasks { get; set; }
    public int OverdueTasks { get; set; }

    /// <summary>The required contact is overdue today.</summary>
    public bool ContactOverdue { get; set; }

    /// <summary>Open for years with weekly contacts: the case the timeline benchmark reads.</summary>
    public bool LongTimeline { get; init; }
    public bool HadHold { get; init; }
    public bool ClosedBySupervisor { get; init; }
    public bool ClosureRejectedOnce { get; init; }

    /// <summary>Days of service (from opening to closure or today), which the activity is spread over.</summary>
    public double ServiceDays(DateTimeOffset now) => Fate switch
    {
        DemoCaseFate.Queued or DemoCaseFate.ScreenedOut or DemoCaseFate.AwaitingOpening => 0,
        _ => Episodes.Sum(e => ((e.End ?? now) - e.Start).TotalDays),
    };
}
