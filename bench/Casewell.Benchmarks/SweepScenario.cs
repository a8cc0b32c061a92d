using Casewell.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Benchmarks;

/// <summary>
/// The overdue sweep as every instance runs it each <c>Tasks:SweepInterval</c>, in the steady state: after the
/// first run of the day there is nothing new to mark, so its cost is finding that out. It competes with the
/// pages for the database, which is why it is on record beside them. Not an HTTP call: wrk does not replay it.
/// </summary>
internal static class SweepScenario
{
    public static Scenario Build(BenchApp app, FloorDatabase floor, DateOnly today) =>
        new("overdue sweep, nothing new to mark", "Casewell", 50,
            async _ =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<SweepOverdueHandler>().Handle(new SweepOverdue(), CancellationToken.None);
                return report.TasksMarked + report.CasesMarked;
            },
            async _ =>
                await floor.ReadAsync("""
                    SELECT "Id" FROM "Tasks" WHERE "OverdueSince" IS NULL AND "Status" = 'Open' AND "DueOn" < @p0 ORDER BY "DueOn" LIMIT 5000
                    """, [today])
                + await floor.ReadAsync("""
                    SELECT "Id" FROM "Cases" WHERE "ContactOverdueSince" IS NULL AND "NextContactDue" < @p0 AND "Status" IN ('Referred', 'Open', 'OnHold') ORDER BY "NextContactDue" LIMIT 5000
                    """, [today]))
        {
            Requests = [],
        };
}
