using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Identity;
using Casewell.Tasks;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Tasks;

public abstract class TasksApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;

    [Fact]
    public async Task A_worker_adds_a_task_which_goes_to_them_and_shows_on_the_case_and_its_timeline()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var due = (await world.Database.TodayAsync()).AddDays(3);

        var response = await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks",
            new { title = "Call the landlord", details = "About the repairs", dueOn = due, kind = "FollowUp" }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        var taskId = (await JsonAsync(response)).GetProperty("taskId").GetGuid();
        Assert.EndsWith($"/api/v1/tasks/{taskId}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var list = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/tasks", Cancellation);
        var task = Assert.Single(list.GetProperty("tasks").GetProperty("items").EnumerateArray());
        Assert.Equal("Call the landlord", task.GetProperty("title").GetString());
        Assert.Equal(worker.Id, task.GetProperty("assignedToId").GetGuid());
        Assert.Equal(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), task.GetProperty("dueOn").GetString());
        Assert.Equal(@case.Number, list.GetProperty("case").GetProperty("caseNumber").GetString());

        var created = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskCreated);
        Assert.Equal(("Call the landlord", taskId), (created.Subject, created.RelatedId));
        Assert.Equal((await world.Database.CaseAsync(@case.Id)).Version, created.CaseVersion);
    }

    [Fact]
    public async Task A_task_without_a_title_with_a_past_due_date_or_too_long_is_refused_field_by_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var path = $"/api/v1/cases/{@case.Id}/tasks";

        var empty = await worker.Http.PostAsJsonAsync(path, new { title = " ", dueOn = today.AddDays(-1) }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await JsonAsync(empty)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.True(errors.TryGetProperty("DueOn", out _));

        var tooLong = await worker.Http.PostAsJsonAsync(path, new { title = new string('x', 201), details = new string('y', 2001), dueOn = today.AddYears(6) }, Cancellation);
        var longErrors = (await JsonAsync(tooLong)).GetProperty("errors");
        Assert.Equal(["Details", "DueOn", "Title"], longErrors.EnumerateObject().Select(p => p.Name).Order());

        var noDate = await worker.Http.PostAsJsonAsync(path, new { title = "Visit" }, Cancellation);
        Assert.True((await JsonAsync(noDate)).GetProperty("errors").TryGetProperty("DueOn", out _));

        var badKind = await worker.Http.PostAsJsonAsync(path, new { title = "Visit", dueOn = today, kind = "Nonsense" }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal("application/problem+json", badKind.Content.Headers.ContentType?.MediaType);

        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskCreated);
    }

    [Fact]
    public async Task A_task_may_go_to_the_team_supervisor_but_not_to_a_worker_who_is_not_on_the_case()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var due = await world.Database.TodayAsync();
        var other = await world.AddWorkerAsync("Otto Other");

        var toSupervisor = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Review the safety plan", due, "PlanReview", world.Supervisor.Id);
        Assert.Equal(world.Supervisor.Id, (await world.Database.TaskAsync(toSupervisor)).AssignedToId);

        var toOther = await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks",
            new { title = "Not theirs", dueOn = due, assigneeId = other.Id }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, toOther.StatusCode);
        Assert.True((await JsonAsync(toOther)).GetProperty("errors").TryGetProperty("AssigneeId", out _));
    }

    [Fact]
    public async Task Someone_who_may_not_read_the_case_neither_sees_nor_adds_its_tasks()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Home visit", await world.Database.TodayAsync());
        using var stranger = await App.SignedInAsync(StaffRole.CaseWorker);
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        using var otherSupervisor = await App.SignedInAsync(StaffRole.Supervisor);
        var body = new { title = "Sneaky", dueOn = await world.Database.TodayAsync() };

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cases/{@case.Id}/tasks", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks", body, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/tasks/{taskId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CaseHttp.SendAsync(otherSupervisor, $"/api/v1/tasks/{taskId}/completion", new { }, "\"0\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/api/v1/cases/{@case.Id}/tasks", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks", body, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/v1/tasks/mine", Cancellation)).StatusCode);
        using var anonymous = App.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/cases/{@case.Id}/tasks", Cancellation)).StatusCode);
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task A_team_worker_who_may_read_the_case_may_not_add_or_resolve_its_tasks()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Home visit", await world.Database.TodayAsync());
        var reader = (await world.AddWorkerAsync("Reed Reader")).Http;

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/cases/{@case.Id}/tasks", Cancellation)).StatusCode);
        var add = await reader.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks", new { title = "Mine now", dueOn = await world.Database.TodayAsync() }, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        var complete = await CaseHttp.SendAsync(reader, $"/api/v1/tasks/{taskId}/completion", new { }, "\"0\"");
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task Completing_a_task_needs_its_current_version_and_happens_once()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Send the intake form", await world.Database.TodayAsync());
        var path = $"/api/v1/tasks/{taskId}/completion";

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await CaseHttp.SendAsync(worker.Http, path, new { }, null)).StatusCode);
        var stale = await CaseHttp.SendAsync(worker.Http, path, new { }, "\"7\"");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("open", (await JsonAsync(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var read = await worker.Http.GetAsync($"/api/v1/tasks/{taskId}", Cancellation);
        var done = await CaseHttp.SendAsync(worker.Http, path, new { note = "Sent by mail" }, read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal("\"1\"", done.Headers.ETag?.Tag);

        var again = await CaseHttp.SendAsync(worker.Http, path, new { }, "\"1\"");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var task = await world.Database.TaskAsync(taskId);
        Assert.Equal((CaseTaskStatus.Completed, "Sent by mail", worker.Id), (task.Status, task.ResolutionNote, task.ResolvedById));
        var entry = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskCompleted);
        Assert.Equal(("Send the intake form", "Sent by mail"), (entry.Subject, entry.Reason));
    }

    [Fact]
    public async Task The_team_supervisor_may_cancel_a_workers_task_with_a_reason_and_the_reason_is_on_the_timeline()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Court report", (await world.Database.TodayAsync()).AddDays(10), "CourtDeadline");
        var path = $"/api/v1/tasks/{taskId}/cancellation";

        var noReason = await CaseHttp.SendAsync(world.Supervisor.Http, path, new { reason = "" }, "\"0\"");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await JsonAsync(noReason)).GetProperty("errors").TryGetProperty("Reason", out _));
        var tooLong = await CaseHttp.SendAsync(world.Supervisor.Http, path, new { reason = new string('r', 2001) }, "\"0\"");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var cancelled = await CaseHttp.SendAsync(world.Supervisor.Http, path, new { reason = "The hearing was vacated" }, "\"0\"");

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.Equal(CaseTaskStatus.Cancelled, (await world.Database.TaskAsync(taskId)).Status);
        var entry = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskCancelled);
        Assert.Equal(("Court report", "The hearing was vacated", world.Supervisor.Id), (entry.Subject, entry.Reason, entry.ActorId));
        var resolved = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/tasks?status=resolved", Cancellation);
        Assert.Equal(taskId, Assert.Single(resolved.GetProperty("tasks").GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}/tasks?status=everything", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_closed_case_takes_no_new_tasks()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var close = await CaseHttp.TransitionAsync(world.Supervisor.Http, @case.Id, new { transition = "Close", reason = "Goals met", outcome = "GoalsMet" });
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);

        var add = await world.Supervisor.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks", new { title = "Too late", dueOn = await world.Database.TodayAsync() }, Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, add.StatusCode);
    }

    [Fact]
    public async Task A_closed_case_refuses_a_new_task_from_its_worker_as_a_rule_not_as_a_bad_form()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var close = await CaseHttp.TransitionAsync(world.Supervisor.Http, @case.Id, new { transition = "Close", reason = "Goals met", outcome = "GoalsMet" });
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);

        var add = await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks", new { title = "Too late", dueOn = await world.Database.TodayAsync() }, Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, add.StatusCode);
    }

    [Fact]
    public async Task My_tasks_are_split_into_today_overdue_and_upcoming_with_case_and_client()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var dueToday = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Today's call", today);
        var later = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Next week's visit", today.AddDays(7));
        var late = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Late paperwork", today, "Paperwork");
        await world.Database.SetTaskDueOnAsync(late, today.AddDays(-2));

        async Task<List<Guid>> MineAsync(string due) =>
            [.. (await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/mine?due={due}", Cancellation))
                .GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];

        Assert.Equal([dueToday], await MineAsync("today"));
        Assert.Equal([late], await MineAsync("overdue"));
        Assert.Equal([later], await MineAsync("upcoming"));
        var item = (await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/tasks/mine?due=overdue", Cancellation)).GetProperty("items")[0];
        Assert.Equal(@case.Number, item.GetProperty("caseNumber").GetString());
        Assert.Equal(@case.ClientName, item.GetProperty("clientName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.Http.GetAsync("/api/v1/tasks/mine?due=yesterday", Cancellation)).StatusCode);
        // The supervisor has none of these: they are the worker's.
        Assert.Empty((await world.Supervisor.Http.GetFromJsonAsync<JsonElement>("/api/v1/tasks/mine?due=overdue", Cancellation)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task My_tasks_page_through_the_list_without_repeating_a_task()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var ids = new List<Guid>();
        for (var i = 1; i <= 5; i++) ids.Add(await CaseHttp.AddTaskAsync(worker.Http, @case.Id, $"Upcoming {i}", today.AddDays(i)));

        var first = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/tasks/mine?due=upcoming&pageSize=2", Cancellation);
        var third = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/tasks/mine?due=upcoming&pageSize=2&page=3", Cancellation);

        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(ids[..2], first.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.False(third.GetProperty("hasMore").GetBoolean());
        Assert.Equal([ids[4]], third.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_task_is_reassigned_to_the_supervisor_and_rescheduled_each_with_its_entry_on_the_timeline()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Review the service plan", today.AddDays(3), "PlanReview");
        var other = await world.AddWorkerAsync("Otto Other");

        var notOnCase = await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/reassignment", new { assigneeId = other.Id }, "\"0\"");
        Assert.Equal(HttpStatusCode.BadRequest, notOnCase.StatusCode);
        var reassigned = await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/reassignment", new { assigneeId = world.Supervisor.Id }, "\"0\"");
        Assert.Equal(HttpStatusCode.NoContent, reassigned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/reschedule", new { dueOn = today.AddDays(9) }, "\"0\"")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/reschedule", new { dueOn = today.AddDays(-1) }, "\"1\"")).StatusCode);
        var rescheduled = await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/reschedule", new { dueOn = today.AddDays(9) }, "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, rescheduled.StatusCode);
        Assert.Equal("\"2\"", rescheduled.Headers.ETag?.Tag);
        var task = await world.Database.TaskAsync(taskId);
        Assert.Equal((world.Supervisor.Id, today.AddDays(9)), (task.AssignedToId, task.DueOn));
        var events = await world.Database.TimelineAsync(@case.Id);
        var handedOver = Assert.Single(events, e => e.Kind == CaseEventKind.TaskReassigned);
        Assert.Equal((worker.Name, world.Supervisor.Name), (handedOver.From, handedOver.To));
        var moved = Assert.Single(events, e => e.Kind == CaseEventKind.TaskRescheduled);
        Assert.Equal((TaskDate(today.AddDays(3)), TaskDate(today.AddDays(9))), (moved.From, moved.To));
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await CaseHttp.SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/reschedule", new { dueOn = today }, null)).StatusCode);
    }

    [Fact]
    public async Task A_program_manager_reads_the_cases_tasks_and_timeline_but_adds_or_resolves_nothing()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Quarterly review", await world.Database.TodayAsync(), "PlanReview");
        var programManager = await world.AddStaffAsync(StaffRole.ProgramManager, "Mona Manager", Guid.Empty);
        await world.ManageProgramAsync(programManager);
        var manager = programManager.Http;

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/cases/{@case.Id}/tasks", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/cases/{@case.Id}/timeline", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/tasks/{taskId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks", new { title = "Mine", dueOn = await world.Database.TodayAsync() }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CaseHttp.SendAsync(manager, $"/api/v1/tasks/{taskId}/completion", new { }, "\"0\"")).StatusCode);
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(taskId)).Status);
    }

    private static string TaskDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class TasksApiTests_on_Sqlite(SqliteApp app) : TasksApiTests(app), IClassFixture<SqliteApp>;

public sealed class TasksApiTests_on_Postgres(PostgresApp app) : TasksApiTests(app), IClassFixture<PostgresApp>;
