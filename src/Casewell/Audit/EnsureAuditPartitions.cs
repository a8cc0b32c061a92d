using Casewell.Data;

namespace Casewell.Audit;

/// <summary>The audit trail's partitions for this month and the next <see cref="MonthsAhead"/> (PostgreSQL; nothing on SQLite).</summary>
public sealed record EnsureAuditPartitions(int MonthsAhead = 1);

/// <summary>
/// Made at start-up and by the sealer as it runs, so a server that runs for months never writes into the default
/// partition; by the application's clock, not the database's, so that both agree on what "this month" is.
/// </summary>
public sealed class EnsureAuditPartitionsHandler(CasewellDbContext db)
{
    /// <returns>How many months' partitions were made.</returns>
    public async Task<int> Handle(EnsureAuditPartitions request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MonthsAhead);
        return await db.EnsureAuditPartitionsAsync(db.Clock.GetUtcNow(), request.MonthsAhead, ct);
    }
}
