using Casewell.Web.Hosting;
using Casewell.Web.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Casewell.Web.Tests.Hosting;

public abstract class OverdueSweepServiceTests(CasewellApp app) : IntegrationTest(app)
{
    private OverdueSweepService Service(TimeSpan interval, IServiceScopeFactory? scopes = null) => new(
        scopes ?? App.Services.GetRequiredService<IServiceScopeFactory>(),
        new OverdueSweepSettings { SweepInterval = interval },
        NullLogger<OverdueSweepService>.Instance);

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return true;
            await Task.Delay(100, Cancellation);
        }
        return false;
    }

    [Fact]
    public async Task The_service_sweeps_when_it_starts_and_again_after_each_interval()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var first = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Overdue before the start", today);
        await world.Database.SetTaskDueOnAsync(first, today.AddDays(-1));
        using var service = Service(TimeSpan.FromMilliseconds(300));

        await service.StartAsync(Cancellation);
        try
        {
            Assert.True(await EventuallyAsync(async () => (await world.Database.TaskAsync(first)).OverdueSince is not null), "The first sweep did not run.");
            var second = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Overdue after the start", today);
            await world.Database.SetTaskDueOnAsync(second, today.AddDays(-1));
            Assert.True(await EventuallyAsync(async () => (await world.Database.TaskAsync(second)).OverdueSince is not null), "No sweep ran after the interval.");
        }
        finally
        {
            await service.StopAsync(Cancellation);
        }
    }

    [Fact]
    public async Task A_failing_sweep_does_not_stop_the_service()
    {
        var failing = new FailingScopes();
        using var service = Service(TimeSpan.FromMilliseconds(100), failing);

        await service.StartAsync(Cancellation);
        Assert.True(await EventuallyAsync(() => Task.FromResult(failing.Calls >= 3)), "The service stopped sweeping after a failure.");
        await service.StopAsync(Cancellation);

        Assert.False(service.ExecuteTask!.IsFaulted);
    }

    /// <summary>A database that is down: every scope fails.</summary>
    private sealed class FailingScopes : IServiceScopeFactory
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public IServiceScope CreateScope()
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("The database is down.");
        }
    }
}

public sealed class OverdueSweepServiceTests_on_Sqlite(SqliteApp app) : OverdueSweepServiceTests(app), IClassFixture<SqliteApp>;

public sealed class OverdueSweepServiceTests_on_Postgres(PostgresApp app) : OverdueSweepServiceTests(app), IClassFixture<PostgresApp>;
