using Casewell.Audit;

namespace Casewell.Web.Hosting;

/// <summary>
/// Seals the audit trail after its entries commit: every <c>Audit:SealInterval</c> (2 seconds unless set), batch after
/// batch until the backlog is gone. Every instance runs it; the sealer's own turn keeps two from forking the chain.
/// </summary>
internal sealed partial class AuditSealerService(IServiceScopeFactory scopes, AuditSettings settings, TimeProvider clock, ILogger<AuditSealerService> log)
    : PeriodicWork(settings.SealInterval)
{
    /// <summary>Partitions are made a month ahead, so looking once an hour is plenty, and costs nothing between.</summary>
    private static readonly TimeSpan PartitionCheckInterval = TimeSpan.FromHours(1);

    private DateTimeOffset nextPartitionCheck = DateTimeOffset.MinValue;

    /// <summary>Seals until a batch comes back short (or another sealer holds the turn), then keeps the partitions ahead.</summary>
    protected override async Task WorkAsync(CancellationToken ct)
    {
        await SealAsync(ct);
        if (clock.GetUtcNow() < nextPartitionCheck) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EnsureAuditPartitionsHandler>().Handle(new EnsureAuditPartitions(), ct);
        nextPartitionCheck = clock.GetUtcNow() + PartitionCheckInterval;
    }

    private async Task SealAsync(CancellationToken ct)
    {
        SealReport report;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<SealAuditTrailHandler>().Handle(settings.Batch(), ct);
        }
        while (report.Sealed == settings.SealBatchSize);
    }

    protected override void Failed(Exception exception) => LogFailed(exception);

    [LoggerMessage(LogLevel.Error, "Sealing the audit trail failed; it will be tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
