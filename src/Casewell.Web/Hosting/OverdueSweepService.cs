using Casewell.Tasks;

namespace Casewell.Web.Hosting;

/// <summary>
/// Keeps the overdue marks current: sweeps once when Casewell starts, then every <c>Tasks:SweepInterval</c>
/// (15 minutes unless set). Every instance of a scaled-out Casewell runs it; the sweep is safe to run side by
/// side. A failed sweep is logged and the next one tried: background work must never take the site down.
/// </summary>
internal sealed partial class OverdueSweepService(IServiceScopeFactory scopes, OverdueSweepSettings settings, ILogger<OverdueSweepService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval);
        do
        {
            await SweepOnceAsync(stoppingToken);
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    /// <summary>One sweep in a scope of its own, acting as the system; never throws but for shutdown.</summary>
    internal async Task SweepOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<SweepOverdueHandler>().Handle(new SweepOverdue(), ct);
            if (report.TasksMarked + report.CasesMarked + report.Skipped > 0) LogSwept(report.TasksMarked, report.CasesMarked, report.Skipped);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // Whatever went wrong (a database restarting, a bug), the host must stay up; the next sweep tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex);
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Overdue sweep: {Tasks} task(s) and {Cases} case contact(s) newly overdue; {Skipped} changed meanwhile, left for the next sweep.")]
    private partial void LogSwept(int tasks, int cases, int skipped);

    [LoggerMessage(LogLevel.Error, "The overdue sweep failed; it will be tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
