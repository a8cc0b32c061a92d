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
/// closed case never keeps an open task: one of the two is refused and nothing of it is saved.
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
            await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        }
        Assert.Equal(Rounds, outcomes.Count);
    }

    [Fact]
    public async Task A_save_refused_after_the_fact_leaves_nothing_behind_and_one_allowed_is_kept()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (_, opened) = await world.AddWorkerWithOpenCaseAsync();
        var caseId = opened.Id;

        var (refusedId, keptId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var refusal = await SaveTaskAsync(caseId, refusedId, "Refused visit", _ => Task.FromResult<string?>("not now"));
        var kept = await SaveTaskAsync(caseId, keptId, "Kept visit", _ => Task.FromResult<string?>(null));

        Assert.Equal("not now", refusal);
        Assert.Null(kept);
        var titles = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Tasks
            .Where(t => t.CaseId == caseId).Select(t => t.Title).ToListAsync(Cancellation));
        Assert.Equal(["Kept visit"], titles);
        // The audit entry goes with its save: written for the kept task, taken back with the refused one.
        var audited = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries
            .Where(a => a.Action == "CaseTask.Created" && (a.EntityId == refusedId.ToString() || a.EntityId == keptId.ToString()))
            .Select(a => a.EntityId).ToListAsync(Cancellation));
        Assert.Equal([keptId.ToString()], audited);
    }

    private Task<string?> SaveTaskAsync(Guid caseId, Guid taskId, string title, Func<CancellationToken, Task<string?>> refusal) => App.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var by = new StaffRef(Guid.CreateVersion7(), "Test");
        db.Tasks.Add(new CaseTask(taskId, caseId, CaseTaskKind.FollowUp, title, null, new DateOnly(2030, 1, 1), by, by, DateTimeOffset.UnixEpoch));
        return await db.SaveChangesUnlessAsync(refusal, Cancellation);
    });

    private Task<(CaseStatus Status, int OpenTasks)> StateAsync(Guid caseId) => App.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var status = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(Cancellation);
        return (status, await db.Tasks.CountAsync(t => t.CaseId == caseId && t.Status == CaseTaskStatus.Open, Cancellation));
    });
}

public sealed class ClosingWhileAddingTasksTests_on_Sqlite(SqliteApp app) : ClosingWhileAddingTasksTests(app), IClassFixture<SqliteApp>;

public sealed class ClosingWhileAddingTasksTests_on_Postgres(PostgresApp app) : ClosingWhileAddingTasksTests(app), IClassFixture<PostgresApp>;
