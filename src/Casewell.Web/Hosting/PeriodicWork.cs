namespace Casewell.Web.Hosting;

/// <summary>
/// Background work run once when Casewell starts and then every interval, on every instance. Each run stands alone:
/// a failed one is logged and the next one tried, because background work must never take the site down, and
/// shutting down ends the work quietly.
/// </summary>
internal abstract class PeriodicWork(TimeSpan interval) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    /// <summary>One run of the work; never throws but for shutdown.</summary>
    internal async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await WorkAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // Whatever went wrong (a database restarting, a bug), the host must stay up; the next run tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Failed(ex);
        }
    }

    protected abstract Task WorkAsync(CancellationToken ct);

    /// <summary>Logs a run that failed, saying that it will be tried again at the next interval.</summary>
    protected abstract void Failed(Exception exception);

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
}
