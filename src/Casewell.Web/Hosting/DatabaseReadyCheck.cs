using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casewell.Web.Hosting;

/// <summary>Ready when the database answers and has every migration this build knows.</summary>
internal sealed class DatabaseReadyCheck(CasewellDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy("The database cannot be reached.");
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy("The database has migrations still to apply.")
                : HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }
}
