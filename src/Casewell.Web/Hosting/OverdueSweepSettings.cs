namespace Casewell.Web.Hosting;

/// <summary>Setting <c>Tasks:SweepInterval</c>: how often each instance sweeps for newly overdue work.</summary>
internal sealed class OverdueSweepSettings
{
    public const string Section = "Tasks";

    /// <summary>A sweep a day at the least: overdue marks drive the dashboards, and a timer allows no more than 49 days.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    public string? Problem() => SweepInterval > TimeSpan.Zero && SweepInterval <= MaxInterval
        ? null
        : $"Tasks:SweepInterval must be a time span (hh:mm:ss) more than 0 and at most {MaxInterval}; it is {SweepInterval}.";
}
