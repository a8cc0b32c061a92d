using System.Globalization;
using System.Net;
using Casewell.Cases;
using Casewell.Identity;
using Casewell.Tasks;
using Casewell.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Tasks;

/// <summary>The /cases/{id}/tasks page and the /tasks/{id} page, posted as a browser without JavaScript would.</summary>
public abstract class CaseTasksPageTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<(string Html, Dictionary<string, string> Inputs)> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        return (html, HtmlForm.Inputs(html));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> inputs, string handler, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = inputs["__RequestVerificationToken"],
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(path, content, Cancellation);
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal);

    private string AgencyNow(TimeSpan offset) => App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow() + offset)
        .ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_worker_adds_a_task_through_the_form_and_sees_it_listed()
    {
        using var scenario = await CaseScenario.For(App).BuildAsync();
        var path = $"/cases/{scenario.CaseId}/tasks";
        var (html, inputs) = await OpenAsync(scenario.Worker, path);
        Assert.Contains(scenario.CaseNumber, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-tasks\"", html, StringComparison.Ordinal);

        var posted = await PostAsync(scenario.Worker, path, inputs, "add-task", new()
        {
            ["NewTask.Title"] = "Visit the new apartment",
            ["NewTask.Kind"] = "FollowUp",
            ["NewTask.DueOn"] = (await scenario.TodayAsync()).AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["NewTask.AssigneeId"] = scenario.SupervisorId.ToString(),
            ["NewTask.Details"] = "Check the heating",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"{path}?added=1", Location(posted));
        var (after, _) = await OpenAsync(scenario.Worker, Location(posted));
        Assert.Contains("The task is added.", after, StringComparison.Ordinal);
        Assert.Contains("Visit the new apartment", after, StringComparison.Ordinal);
        Assert.Contains(await scenario.EventsAsync(), e => e.Kind == CaseEventKind.TaskCreated && e.Subject == "Visit the new apartment");
    }

    [Fact]
    public async Task A_task_without_a_title_or_due_date_is_sent_back_with_the_message_at_each_field()
    {
        using var scenario = await CaseScenario.For(App).BuildAsync();
        var path = $"/cases/{scenario.CaseId}/tasks";
        var (_, inputs) = await OpenAsync(scenario.Worker, path);

        var posted = await PostAsync(scenario.Worker, path, inputs, "add-task", new()
        {
            ["NewTask.Title"] = "",
            ["NewTask.Kind"] = "FollowUp",
            ["NewTask.DueOn"] = "not a date",
        });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"field-task-title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"field-task-dueon-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"cases/" + scenario.CaseId + "/tasks#field-task-title\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await scenario.EventsAsync(), e => e.Kind == CaseEventKind.TaskCreated);
    }

    [Fact]
    public async Task A_contact_recorded_through_the_form_is_listed_and_one_in_the_future_is_sent_back()
    {
        using var scenario = await CaseScenario.For(App).BuildAsync();
        var path = $"/cases/{scenario.CaseId}/tasks";
        var (_, inputs) = await OpenAsync(scenario.Worker, path);

        var future = await PostAsync(scenario.Worker, path, inputs, "record-contact", new()
        {
            ["NewContact.OccurredAt"] = AgencyNow(TimeSpan.FromHours(3)),
            ["NewContact.Kind"] = "Phone",
            ["NewContact.Summary"] = "Called about the appointment",
        });
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("id=\"field-contact-occurredat-error\"", await future.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var recorded = await PostAsync(scenario.Worker, path, inputs, "record-contact", new()
        {
            ["NewContact.OccurredAt"] = AgencyNow(TimeSpan.FromMinutes(-20)),
            ["NewContact.Kind"] = "Phone",
            ["NewContact.Summary"] = "Called about the appointment",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (html, _) = await OpenAsync(scenario.Worker, Location(recorded));
        Assert.Contains("The contact is recorded.", html, StringComparison.Ordinal);
        Assert.Contains("Called about the appointment", html, StringComparison.Ordinal);
        Assert.Contains("Phone call", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_worker_who_may_read_the_case_sees_its_tasks_but_no_forms_and_a_stranger_sees_nothing()
    {
        using var scenario = await CaseScenario.For(App).BuildAsync();
        await scenario.LetTeamReadCasesAsync();
        await scenario.AddTaskAsync("Confidential errand", await scenario.TodayAsync());
        var (reader, _) = await scenario.TeamWorkerAsync();
        using var readerClient = reader;
        using var stranger = await App.SignedInAsync(StaffRole.CaseWorker);
        var path = $"/cases/{scenario.CaseId}/tasks";

        var (html, _) = await OpenAsync(reader, path);
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
        using var scenario = await CaseScenario.For(App).BuildAsync();
        var taskId = await scenario.AddTaskAsync("Drop off the forms", await scenario.TodayAsync());
        var path = $"/tasks/{taskId}";
        var (html, stale) = await OpenAsync(scenario.Worker, path);
        Assert.Contains("Drop off the forms", html, StringComparison.Ordinal);
        Assert.Equal("0", stale["Completion.Version"]);

        var done = await PostAsync(scenario.Worker, path, stale, "complete-task", new() { ["Completion.Version"] = "0", ["Completion.Note"] = "Dropped off" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/cases/{scenario.CaseId}/tasks?done=completed", Location(done));
        Assert.Equal(CaseTaskStatus.Completed, (await scenario.TaskAsync(taskId)).Status);

        var second = await scenario.AddTaskAsync("Second errand", await scenario.TodayAsync());
        var (_, secondInputs) = await OpenAsync(scenario.Supervisor, $"/tasks/{second}");
        await PostAsync(scenario.Worker, $"/tasks/{second}", (await OpenAsync(scenario.Worker, $"/tasks/{second}")).Inputs, "cancel-task",
            new() { ["Cancellation.Version"] = "0", ["Cancellation.Reason"] = "Done by the family" });
        var late = await PostAsync(scenario.Supervisor, $"/tasks/{second}", secondInputs, "cancel-task",
            new() { ["Cancellation.Version"] = "0", ["Cancellation.Reason"] = "Not needed" });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var lateHtml = await late.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"problem\"", lateHtml, StringComparison.Ordinal);
        Assert.Contains("Someone changed this task", lateHtml, StringComparison.Ordinal);
        Assert.Equal("Done by the family", (await scenario.TaskAsync(second)).ResolutionNote);
    }

    [Fact]
    public async Task Cancelling_a_task_from_its_page_needs_a_reason()
    {
        using var scenario = await CaseScenario.For(App).BuildAsync();
        var taskId = await scenario.AddTaskAsync("Call the clinic", await scenario.TodayAsync());
        var (_, inputs) = await OpenAsync(scenario.Worker, $"/tasks/{taskId}");

        var posted = await PostAsync(scenario.Worker, $"/tasks/{taskId}", inputs, "cancel-task", new() { ["Cancellation.Version"] = "0", ["Cancellation.Reason"] = " " });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("id=\"field-cancel-reason-error\"", await posted.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(CaseTaskStatus.Open, (await scenario.TaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task A_task_is_rescheduled_from_its_page_and_a_past_date_is_sent_back()
    {
        using var scenario = await CaseScenario.For(App).BuildAsync();
        var today = await scenario.TodayAsync();
        var taskId = await scenario.AddTaskAsync("Renew the benefits application", today.AddDays(1));
        var path = $"/tasks/{taskId}";
        var (_, inputs) = await OpenAsync(scenario.Worker, path);

        var past = await PostAsync(scenario.Worker, path, inputs, "reschedule-task",
            new() { ["Rescheduling.Version"] = "0", ["Rescheduling.DueOn"] = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("id=\"field-reschedule-dueon-error\"", await past.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var moved = await PostAsync(scenario.Worker, path, inputs, "reschedule-task",
            new() { ["Rescheduling.Version"] = "0", ["Rescheduling.DueOn"] = today.AddDays(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{path}?changed=rescheduled", Location(moved));
        Assert.Equal(today.AddDays(8), (await scenario.TaskAsync(taskId)).DueOn);
        Assert.Contains("The task's due date is moved.", WebUtility.HtmlDecode((await OpenAsync(scenario.Worker, Location(moved))).Html), StringComparison.Ordinal);
    }
}

public sealed class CaseTasksPageTests_on_Sqlite(SqliteApp app) : CaseTasksPageTests(app), IClassFixture<SqliteApp>;

public sealed class CaseTasksPageTests_on_Postgres(PostgresApp app) : CaseTasksPageTests(app), IClassFixture<PostgresApp>;
