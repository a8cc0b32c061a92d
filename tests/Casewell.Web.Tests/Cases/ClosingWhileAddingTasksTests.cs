using System.Net;
using System.Net.Http.Json;
using Casewell.Cases;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Cases;

/// <summary>
/// Closing counts a case's open tasks while someone else may be adding one. Whatever the interleaving, a
/// closed case never keeps an open task: one of the two is refused and nothing of it is saved. The case row
/// carries its count of open tasks, so adding a task changes the case, and the two writers meet in its
/// optimistic concurrency check (409), or the later one reads the other's change and is refused (422).
/// </summary>
public abstract class ClosingWhileAddingTasksTests(CasewellApp app) : IntegrationTest(app)
{
    private const int Rounds = 12;

    [Fact]
    public async Task A_task_added_while_the_worker_closes_the_case_is_never_left_open_on_a_closed_case()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var worker = await world.AddWorkerAsync();
        var outcomes = new List<(HttpStatusCode Close, HttpStatusCode Add)>();
        for (var round = 0; round < Rounds; round++)
        {
            var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
            var (close, add) = (
                TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "Goals met", outcome = "GoalsMet" }),
                world.Supervisor.Http.PostAsJsonAsync($"/api/v1/cases/{caseId}/tasks", new { title = "Call the school", dueOn = "2030-01-01", kind = "FollowUp" }, Cancellation));
            using var closed = await close;
            using var added = await add;
            outcomes.Add((closed.StatusCode, added.StatusCode));

            var (status, openTasks) = await StateAsync(caseId);
            Assert.False(status == CaseStatus.Closed && openTasks > 0, $"round {round}: the case closed with {openTasks} open task(s)");
            // Exactly one of the two wins: a task added first makes the close wait for it; a close first turns the task away.
            Assert.True(closed.IsSuccessStatusCode != added.IsSuccessStatusCode, $"round {round}: close {(int)closed.StatusCode}, add {(int)added.StatusCode}");
            var refused = closed.IsSuccessStatusCode ? added : closed;
            Assert.True(refused.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"round {round}: refused with {(int)refused.StatusCode}");
            await ProblemAsync(refused, refused.StatusCode);
            Assert.Equal(openTasks, await CountedAsync(caseId));
        }
        Assert.Equal(Rounds, outcomes.Count);
    }

    [Fact]
    public async Task A_task_added_after_the_closer_read_the_case_makes_the_closers_save_a_conflict()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        var conflict = await App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            var read = await db.Cases.SingleAsync(c => c.Id == @case.Id, Cancellation);
            Assert.True(read.Close("Goals met", ClosureOutcome.GoalsMet, needsApproval: false, new StaffRef(worker.Id, worker.Name), s.GetRequiredService<TimeProvider>().GetUtcNow()).Succeeded);
            // Between the closer's read and its save, the supervisor adds a task.
            await AddTaskAsync(world.Supervisor.Http, @case.Id, "Call the school", new DateOnly(2030, 1, 1));
            return await Record.ExceptionAsync(() => db.SaveChangesAsync(Cancellation));
        });

        Assert.IsType<DbUpdateConcurrencyException>(conflict);
        Assert.Equal((CaseStatus.Open, 1), await StateAsync(@case.Id));
        Assert.Equal(1, await CountedAsync(@case.Id));
    }

    /// <summary>The case row's own count of its open tasks.</summary>
    private Task<int> CountedAsync(Guid caseId) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.OpenTaskCount).SingleAsync(Cancellation));

    private Task<(CaseStatus Status, int OpenTasks)> StateAsync(Guid caseId) => App.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var status = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(Cancellation);
        return (status, await db.Tasks.CountAsync(t => t.CaseId == caseId && t.Status == CaseTaskStatus.Open, Cancellation));
    });
}

public sealed class ClosingWhileAddingTasksTests_on_Sqlite(SqliteApp app) : ClosingWhileAddingTasksTests(app), IClassFixture<SqliteApp>;

public sealed class ClosingWhileAddingTasksTests_on_Postgres(PostgresApp app) : ClosingWhileAddingTasksTests(app), IClassFixture<PostgresApp>;
