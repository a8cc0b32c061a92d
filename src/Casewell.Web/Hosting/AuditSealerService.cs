using Casewell.Audit;

namespace Casewell.Web.Hosting;

/// <summary>
/// Seals the audit trail after its entries commit: every <c>Audit:SealInterval</c> (2 seconds unless set), batch after
/// batch until the backlog is gone. Every instance runs it; the sealer's own turn keeps two from forking the chain. A
/// failed run is logged and the next one tried: background work must never take the site down.
/// </summary>
internal sealed partial class AuditSealerService(IServiceScopeFactory scopes, AuditSettings settings, ILogger<AuditSealerService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SealInterval);
        do
        {
            await SealOnceAsync(stoppingToken);
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    /// <summary>Seals until a batch comes back short (or another sealer holds the turn); never throws but for shutdown.</summary>
    internal async Task SealOnceAsync(CancellationToken ct)
    {
        try
        {
            SealReport report;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                report = await scope.ServiceProvider.GetRequiredService<SealAuditTrailHandler>().Handle(settings.Batch(), ct);
            }
            while (report.Sealed == settings.SealBatchSize);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // Whatever went wrong (a database restarting, a bug), the host must stay up; the next run tries again.
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

    [LoggerMessage(LogLevel.Error, "Sealing the audit trail failed; it will be tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
