using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Tasks;

/// <summary>The overdue sweep driven directly, on a clock the test moves days ahead.</summary>
public abstract class SweepOverdueTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly TimeZoneInfo AgencyZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static FakeClock DaysAhead(int days) => new(TimeProvider.System.GetUtcNow().AddDays(days));

    private Task<SweepReport> SweepAsync(TimeProvider clock, int batchSize = SweepOverdueHandler.DefaultBatchSize, IInterceptor? interceptor = null,
        int keysPerRound = SweepOverdueHandler.DefaultKeysPerRound) =>
        App.WithServicesAsync(async services =>
        {
            await using var db = ContextFor(services, interceptor);
            return await new SweepOverdueHandler(db, clock, new AgencyCalendar(clock, AgencyZone)).Handle(new SweepOverdue(batchSize, keysPerRound), Cancellation);
        });

    /// <summary>A context of the app's own database, optionally with an interceptor that plays a concurrent writer.</summary>
    private static CasewellDbContext ContextFor(IServiceProvider services, IInterceptor? interceptor)
    {
        var type = services.GetRequiredService<CasewellDbContext>().GetType();
        var options = (DbContextOptions)services.GetRequiredService(typeof(DbContextOptions<>).MakeGenericType(type));
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type), options)!;
        if (interceptor is not null) builder.AddInterceptors(interceptor);
        return (CasewellDbContext)ActivatorUtilities.CreateInstance(services, type, builder.Options);
    }

    [Fact]
    public async Task A_task_past_its_due_date_is_marked_overdue_once_with_one_timeline_entry()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Follow up on the referral", (await world.Database.TodayAsync()).AddDays(2));
        var caseVersion = (await world.Database.CaseAsync(@case.Id)).Version;

        await SweepAsync(DaysAhead(2));
        Assert.Null((await world.Database.TaskAsync(taskId)).OverdueSince);

        var report = await SweepAsync(DaysAhead(3));
        await SweepAsync(DaysAhead(4));

        Assert.True(report.TasksMarked >= 1);
        var task = await world.Database.TaskAsync(taskId);
        Assert.Equal((await world.Database.TodayAsync()).AddDays(3), task.OverdueSince);
        var entry = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskOverdue);
        Assert.Equal(("Follow up on the referral", taskId, caseVersion, Guid.Empty), (entry.Subject, entry.RelatedId, entry.CaseVersion, entry.ActorId));
        Assert.Equal(caseVersion, (await world.Database.CaseAsync(@case.Id)).Version);
    }

    [Fact]
    public async Task A_case_whose_required_contact_is_past_due_is_marked_once()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.HospitalDischarge);
        var due = (await world.Database.CaseAsync(@case.Id)).NextContactDue;
        Assert.Equal((await world.Database.TodayAsync()).AddDays(7), due);

        await SweepAsync(DaysAhead(7));
        Assert.Null((await world.Database.CaseAsync(@case.Id)).ContactOverdueSince);
        await SweepAsync(DaysAhead(8));
        await SweepAsync(DaysAhead(9));

        var stored = await world.Database.CaseAsync(@case.Id);
        Assert.Equal((await world.Database.TodayAsync()).AddDays(8), stored.ContactOverdueSince);
        var entry = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.ContactOverdue);
        Assert.Equal((stored.Version, "Casewell"), (entry.CaseVersion, entry.ActorName));
    }

    [Fact]
    public async Task Resolved_tasks_and_cases_without_a_contact_frequency_are_left_alone()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var done = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Already done", await world.Database.TodayAsync());
        var read = await worker.Http.GetAsync($"/api/v1/tasks/{done}", Cancellation);
        await CaseHttp.Succeeds(await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{done}/completion", new { }, read.Headers.ETag!.Tag));

        await SweepAsync(DaysAhead(400));

        Assert.Null((await world.Database.TaskAsync(done)).OverdueSince);
        Assert.Null((await world.Database.CaseAsync(@case.Id)).ContactOverdueSince);
        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind is CaseEventKind.TaskOverdue or CaseEventKind.ContactOverdue);
    }

    [Fact]
    public async Task A_task_changed_meanwhile_is_skipped_without_stopping_the_rest_and_the_next_sweep_marks_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add(await CaseHttp.AddTaskAsync(worker.Http, @case.Id, $"Task {i}", today.AddDays(1)));
        var contested = ids[2];

        var report = await SweepAsync(DaysAhead(5), batchSize: 2, new ConcurrentWriter(contested));

        Assert.True(report.Skipped >= 1);
        foreach (var id in ids.Where(id => id != contested)) Assert.NotNull((await world.Database.TaskAsync(id)).OverdueSince);
        Assert.Null((await world.Database.TaskAsync(contested)).OverdueSince);
        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskOverdue && e.RelatedId == contested);

        await SweepAsync(DaysAhead(5));

        Assert.NotNull((await world.Database.TaskAsync(contested)).OverdueSince);
        Assert.Equal(5, (await world.Database.TimelineAsync(@case.Id)).Count(e => e.Kind == CaseEventKind.TaskOverdue));
    }

    [Fact]
    public async Task More_overdue_tasks_than_one_round_of_keys_are_all_marked_in_one_run()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var tasks = new List<Guid>();
        for (var i = 0; i < 5; i++) tasks.Add(await world.AddTaskDueInAsync(@case.Id, worker, dueInDays: 1));

        var report = await SweepAsync(DaysAhead(4), batchSize: 1, keysPerRound: 2);

        Assert.True(report.TasksMarked >= tasks.Count, $"marked {report.TasksMarked}");
        foreach (var task in tasks) Assert.Equal((await world.Database.TodayAsync()).AddDays(4), (await world.Database.TaskAsync(task)).OverdueSince);
    }

    [Fact]
    public async Task Two_sweeps_at_once_mark_each_task_once()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        for (var i = 0; i < 12; i++) await CaseHttp.AddTaskAsync(worker.Http, @case.Id, $"Task {i}", today.AddDays(1));

        var reports = await Task.WhenAll(SweepAsync(DaysAhead(3), batchSize: 3), SweepAsync(DaysAhead(3), batchSize: 3));

        Assert.Equal(12, (await world.Database.TimelineAsync(@case.Id)).Count(e => e.Kind == CaseEventKind.TaskOverdue));
        Assert.True(reports.Sum(r => r.TasksMarked) >= 12);
    }

    /// <summary>Makes the save of one task fail as if someone had changed it since it was read.</summary>
    private sealed class ConcurrentWriter(Guid taskId) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var entry = eventData.Context!.ChangeTracker.Entries<CaseTask>().FirstOrDefault(e => e.Entity.Id == taskId && e.State == EntityState.Modified);
            if (entry is not null) entry.Property(t => t.Version).OriginalValue = -1;
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}

public sealed class SweepOverdueTests_on_Sqlite(SqliteApp app) : SweepOverdueTests(app), IClassFixture<SqliteApp>;

public sealed class SweepOverdueTests_on_Postgres(PostgresApp app) : SweepOverdueTests(app), IClassFixture<PostgresApp>;
