using Casewell.Tasks;

namespace Casewell.Web.Hosting;

/// <summary>
/// Keeps the overdue marks current: sweeps once when Casewell starts, then every <c>Tasks:SweepInterval</c>
/// (15 minutes unless set). Every instance of a scaled-out Casewell runs it; the sweep is safe to run side by
/// side.
/// </summary>
internal sealed partial class OverdueSweepService(IServiceScopeFactory scopes, OverdueSweepSettings settings, ILogger<OverdueSweepService> log)
    : PeriodicWork(settings.SweepInterval)
{
    /// <summary>One sweep in a scope of its own, acting as the system.</summary>
    protected override async Task WorkAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Casewell.Audit.AuditSource>().NameWork("overdue sweep");
        var report = await scope.ServiceProvider.GetRequiredService<SweepOverdueHandler>().Handle(new SweepOverdue(), ct);
        if (report.TasksMarked + report.CasesMarked + report.Skipped > 0) LogSwept(report.TasksMarked, report.CasesMarked, report.Skipped);
    }

    protected override void Failed(Exception exception) => LogFailed(exception);

    [LoggerMessage(LogLevel.Information, "Overdue sweep: {Tasks} task(s) and {Cases} case contact(s) newly overdue; {Skipped} changed meanwhile, left for the next sweep.")]
    private partial void LogSwept(int tasks, int cases, int skipped);

    [LoggerMessage(LogLevel.Error, "The overdue sweep failed; it will be tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
