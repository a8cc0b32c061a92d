using System.Globalization;
using System.Net;
using Casewell.Cases;
using Casewell.Identity;
using Casewell.Tasks;
using Casewell.Web.Hosting;
using Casewell.Web.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Tasks;

/// <summary>The /cases/{id}/tasks page and the /tasks/{id} page, posted as a browser without JavaScript would.</summary>
public abstract class CaseTasksPageTests(CasewellApp app) : IntegrationTest(app)
{
    private string AgencyNow(TimeSpan offset) => App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow() + offset)
        .ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_worker_adds_a_task_through_the_form_and_sees_it_listed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}/tasks";
        var (html, inputs) = await HtmlForm.OpenAsync(worker.Http, path);
        Assert.Contains(@case.Number, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-tasks\"", html, StringComparison.Ordinal);

        var posted = await HtmlForm.PostAsync(worker.Http, path, inputs, "add-task", new()
        {
            ["NewTask.Title"] = "Visit the new apartment",
            ["NewTask.Kind"] = "FollowUp",
            ["NewTask.DueOn"] = (await world.Database.TodayAsync()).AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["NewTask.AssigneeId"] = world.Supervisor.Id.ToString(),
            ["NewTask.Details"] = "Check the heating",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"{path}?added=1", HtmlForm.Location(posted));
        var (after, _) = await HtmlForm.OpenAsync(worker.Http, HtmlForm.Location(posted));
        Assert.Contains("The task is added.", after, StringComparison.Ordinal);
        Assert.Contains("Visit the new apartment", after, StringComparison.Ordinal);
        Assert.Contains(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskCreated && e.Subject == "Visit the new apartment");
    }

    [Fact]
    public async Task A_task_without_a_title_or_due_date_is_sent_back_with_the_message_at_each_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}/tasks";
        var (_, inputs) = await HtmlForm.OpenAsync(worker.Http, path);

        var posted = await HtmlForm.PostAsync(worker.Http, path, inputs, "add-task", new()
        {
            ["NewTask.Title"] = "",
            ["NewTask.Kind"] = "FollowUp",
            ["NewTask.DueOn"] = "not a date",
        });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"field-task-title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"field-task-dueon-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"cases/" + @case.Id + "/tasks#field-task-title\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.TaskCreated);
    }

    [Fact]
    public async Task A_contact_recorded_through_the_form_is_listed_and_one_in_the_future_is_sent_back()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}/tasks";
        var (_, inputs) = await HtmlForm.OpenAsync(worker.Http, path);

        var future = await HtmlForm.PostAsync(worker.Http, path, inputs, "record-contact", new()
        {
            ["NewContact.OccurredAt"] = AgencyNow(TimeSpan.FromHours(3)),
            ["NewContact.Kind"] = "Phone",
            ["NewContact.Summary"] = "Called about the appointment",
        });
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("id=\"field-contact-occurredat-error\"", await future.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var recorded = await HtmlForm.PostAsync(worker.Http, path, inputs, "record-contact", new()
        {
            ["NewContact.OccurredAt"] = AgencyNow(TimeSpan.Zero),
            ["NewContact.Kind"] = "Phone",
            ["NewContact.Summary"] = "Called about the appointment",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (html, _) = await HtmlForm.OpenAsync(worker.Http, HtmlForm.Location(recorded));
        Assert.Contains("The contact is recorded.", html, StringComparison.Ordinal);
        Assert.Contains("Called about the appointment", html, StringComparison.Ordinal);
        Assert.Contains("Phone call", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_worker_who_may_read_the_case_sees_its_tasks_but_no_forms_and_a_stranger_sees_nothing()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Confidential errand", await world.Database.TodayAsync());
        var reader = (await world.AddWorkerAsync("Reed Reader")).Http;
        using var stranger = await App.SignedInAsync(StaffRole.CaseWorker);
        var path = $"/cases/{@case.Id}/tasks";

        var (html, _) = await HtmlForm.OpenAsync(reader, path);
        Assert.Contains("Confidential errand", html, StringComparison.Ordinal);
        Assert.DoesNotContain("add-task", html, StringComparison.Ordinal);
        Assert.DoesNotContain("record-contact", html, StringComparison.Ordinal);

        var hidden = await stranger.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("Confidential errand", await hidden.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_is_completed_from_its_page_and_a_stale_page_is_told_what_changed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Drop off the forms", await world.Database.TodayAsync());
        var path = $"/tasks/{taskId}";
        var (html, stale) = await HtmlForm.OpenAsync(worker.Http, path);
        Assert.Contains("Drop off the forms", html, StringComparison.Ordinal);
        Assert.Equal("0", stale["Completion.Version"]);

        var done = await HtmlForm.PostAsync(worker.Http, path, stale, "complete-task", new() { ["Completion.Version"] = "0", ["Completion.Note"] = "Dropped off" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/cases/{@case.Id}/tasks?done=completed", HtmlForm.Location(done));
        Assert.Equal(CaseTaskStatus.Completed, (await world.Database.TaskAsync(taskId)).Status);

        var second = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Second errand", await world.Database.TodayAsync());
        var (_, secondInputs) = await HtmlForm.OpenAsync(world.Supervisor.Http, $"/tasks/{second}");
        await HtmlForm.PostAsync(worker.Http, $"/tasks/{second}", (await HtmlForm.OpenAsync(worker.Http, $"/tasks/{second}")).Inputs, "cancel-task",
            new() { ["Cancellation.Version"] = "0", ["Cancellation.Reason"] = "Done by the family" });
        var late = await HtmlForm.PostAsync(world.Supervisor.Http, $"/tasks/{second}", secondInputs, "cancel-task",
            new() { ["Cancellation.Version"] = "0", ["Cancellation.Reason"] = "Not needed" });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var lateHtml = await late.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"problem\"", lateHtml, StringComparison.Ordinal);
        Assert.Contains("Someone changed this task", lateHtml, StringComparison.Ordinal);
        Assert.Equal("Done by the family", (await world.Database.TaskAsync(second)).ResolutionNote);
    }

    [Fact]
    public async Task Cancelling_a_task_from_its_page_needs_a_reason()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Call the clinic", await world.Database.TodayAsync());
        var (_, inputs) = await HtmlForm.OpenAsync(worker.Http, $"/tasks/{taskId}");

        var posted = await HtmlForm.PostAsync(worker.Http, $"/tasks/{taskId}", inputs, "cancel-task", new() { ["Cancellation.Version"] = "0", ["Cancellation.Reason"] = " " });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("id=\"field-cancel-reason-error\"", await posted.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task A_task_is_rescheduled_from_its_page_and_a_past_date_is_sent_back()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Renew the benefits application", today.AddDays(1));
        var path = $"/tasks/{taskId}";
        var (_, inputs) = await HtmlForm.OpenAsync(worker.Http, path);

        var past = await HtmlForm.PostAsync(worker.Http, path, inputs, "reschedule-task",
            new() { ["Rescheduling.Version"] = "0", ["Rescheduling.DueOn"] = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("id=\"field-reschedule-dueon-error\"", await past.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var moved = await HtmlForm.PostAsync(worker.Http, path, inputs, "reschedule-task",
            new() { ["Rescheduling.Version"] = "0", ["Rescheduling.DueOn"] = today.AddDays(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{path}?changed=rescheduled", HtmlForm.Location(moved));
        Assert.Equal(today.AddDays(8), (await world.Database.TaskAsync(taskId)).DueOn);
        Assert.Contains("The task's due date is moved.", WebUtility.HtmlDecode((await HtmlForm.OpenAsync(worker.Http, HtmlForm.Location(moved))).Html), StringComparison.Ordinal);
    }
}

public sealed class CaseTasksPageTests_on_Sqlite(SqliteApp app) : CaseTasksPageTests(app), IClassFixture<SqliteApp>;

public sealed class CaseTasksPageTests_on_Postgres(PostgresApp app) : CaseTasksPageTests(app), IClassFixture<PostgresApp>;
