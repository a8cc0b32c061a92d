using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>
/// Every read of client or case content is one audit entry per request, written before the content is returned, and
/// a list's entry names exactly the clients the response showed (decision record 0017).
/// </summary>
public abstract partial class AuditedReadsTests(CasewellApp app) : IntegrationTest(app)
{
    private Task<List<AuditEntry>> EntriesAsync(Guid actorId, AuditAction action) =>
        App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == actorId && a.Action == action.Name).OrderBy(a => a.Sequence).ToListAsync(Cancellation));

    private async Task<AuditEntry> SingleEntryAsync(Guid actorId, AuditAction action) => Assert.Single(await EntriesAsync(actorId, action));

    /// <summary>The clients a list entry says it showed: the rows written with it (AuditEntryClients).</summary>
    private async Task<HashSet<Guid>> ShownAsync(AuditEntry entry) =>
        [.. await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntryClients.AsNoTracking()
            .Where(c => c.EntryId == entry.Id).Select(c => c.ClientId).ToListAsync(Cancellation))];

    private static HashSet<Guid> Ids(JsonElement rows, string property) =>
        [.. rows.EnumerateArray().Select(r => r.GetProperty(property).GetGuid())];

    private static void Same(IEnumerable<Guid> expected, IEnumerable<Guid> actual) => Assert.Equal(expected.Order(), actual.Order());

    [Fact]
    public async Task A_view_of_the_case_page_or_of_the_case_over_the_API_is_one_Case_Viewed_entry()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        // Opening the case read it once, for its ETag.
        var before = (await EntriesAsync(worker.Id, AuditAction.CaseViewed)).Count;

        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/cases/{@case.Id}", Cancellation)).StatusCode);
        var views = await EntriesAsync(worker.Id, AuditAction.CaseViewed);
        Assert.Equal(before + 1, views.Count);
        Assert.Equal((@case.Id.ToString(), @case.ClientId), (views[^1].EntityId, views[^1].ClientId));

        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}", Cancellation)).StatusCode);
        Assert.Equal(before + 2, (await EntriesAsync(worker.Id, AuditAction.CaseViewed)).Count);
    }

    [Fact]
    public async Task A_step_refused_on_the_case_page_shows_the_case_again_as_one_view_not_two()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var before = (await EntriesAsync(worker.Id, AuditAction.CaseViewed)).Count;
        var html = await worker.Http.GetStringAsync($"/cases/{@case.Id}", Cancellation);
        var hold = HtmlForm.Inputs(FormTag().Matches(html).Select(m => m.Value).Single(f => f.Contains("value=\"case-hold\"", StringComparison.Ordinal)));
        // A version the worker did not see: the page reloads the case to say what changed.
        hold["HoldAction.Version"] = "1";
        hold["HoldAction.Reason"] = "Client away for a month";

        using var form = new FormUrlEncodedContent(hold);
        var posted = await worker.Http.PostAsync($"/cases/{@case.Id}", form, Cancellation);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Open", (await world.Database.CaseAsync(@case.Id)).Status.ToString());
        // One for the page, one for the post that was refused and shown again.
        Assert.Equal(before + 2, (await EntriesAsync(worker.Id, AuditAction.CaseViewed)).Count);
    }

    [Fact]
    public async Task A_refused_read_of_a_case_or_a_task_writes_its_refusal_and_no_view()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Home visit", await world.Database.TodayAsync());
        var stranger = await world.AddWorkerAsync("Other Worker", Guid.Empty);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/cases/{@case.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/cases/{@case.Id}/timeline", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/tasks/{taskId}", Cancellation)).StatusCode);

        var refusals = await EntriesAsync(stranger.Id, AuditAction.CaseAccessRefused);
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(@case.ClientId, r.ClientId));
        Assert.Equal(@case.ClientId, (await SingleEntryAsync(stranger.Id, AuditAction.TaskAccessRefused)).ClientId);
        Assert.Empty(await EntriesAsync(stranger.Id, AuditAction.CaseViewed));
        Assert.Empty(await EntriesAsync(stranger.Id, AuditAction.CaseTimelineViewed));
        Assert.Empty(await EntriesAsync(stranger.Id, AuditAction.TaskViewed));
    }

    [Fact]
    public async Task A_case_s_timeline_tasks_contacts_and_a_task_are_each_one_entry_on_the_case_s_client()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Home visit", await world.Database.TodayAsync());

        foreach (var path in new[] { "timeline", "tasks", "contacts" })
            Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}/{path}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/tasks/{taskId}", Cancellation)).StatusCode);
        // The tasks page shows the case's tasks and its contacts: one entry for each, not one per call the page makes.
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/cases/{@case.Id}/tasks", Cancellation)).StatusCode);

        Assert.Equal(@case.ClientId, (await SingleEntryAsync(worker.Id, AuditAction.CaseTimelineViewed)).ClientId);
        Assert.All(await EntriesAsync(worker.Id, AuditAction.CaseTasksViewed), e => Assert.Equal(@case.ClientId, e.ClientId));
        Assert.Equal(2, (await EntriesAsync(worker.Id, AuditAction.CaseTasksViewed)).Count);
        Assert.Equal(2, (await EntriesAsync(worker.Id, AuditAction.CaseContactsViewed)).Count);
        var task = await SingleEntryAsync(worker.Id, AuditAction.TaskViewed);
        Assert.Equal((taskId.ToString(), @case.ClientId), (task.EntityId, task.ClientId));
    }

    [Fact]
    public async Task My_caseload_is_one_entry_naming_the_clients_of_the_page_it_showed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var first = await world.CaseOfAsync(worker);
        var second = await world.CaseOfAsync(worker);
        await world.CaseOfAsync(worker);

        var page = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/caseload?pageSize=2&sort=DaysOpen", Cancellation);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync("/caseload", Cancellation)).StatusCode);

        var entries = await EntriesAsync(worker.Id, AuditAction.CaseloadListed);
        Assert.Equal(2, entries.Count);
        var shown = Ids(page.GetProperty("cases"), "clientId");
        Assert.Equal(2, shown.Count);
        Same(shown, await ShownAsync(entries[0]));
        Assert.Equal(3, (await ShownAsync(entries[1])).Count);
        Assert.Contains(first.ClientId, await ShownAsync(entries[1]));
        Assert.Contains(second.ClientId, await ShownAsync(entries[1]));
    }

    [Fact]
    public async Task A_supervisor_s_look_at_a_worker_s_caseload_the_queue_and_the_team_loads_each_name_what_they_showed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var assigned = await world.CaseOfAsync(worker);
        var queued = await world.OpenCaseAsync();
        var supervisor = world.Supervisor;
        var before = (await EntriesAsync(supervisor.Id, AuditAction.QueueListed)).Count;

        var caseload = await supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/staff/{worker.Id}/caseload", Cancellation);
        var queue = await supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{world.TeamId}/queue", Cancellation);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.Http.GetAsync("/api/v1/team-caseloads", Cancellation)).StatusCode);

        var listed = (await EntriesAsync(supervisor.Id, AuditAction.CaseloadListed)).Last();
        Same(Ids(caseload.GetProperty("cases").GetProperty("cases"), "clientId"), await ShownAsync(listed));
        Same([assigned.ClientId], await ShownAsync(listed));
        var queues = await EntriesAsync(supervisor.Id, AuditAction.QueueListed);
        Assert.Equal(before + 1, queues.Count);
        Same(Ids(queue.GetProperty("cases"), "clientId"), await ShownAsync(queues[^1]));
        Assert.Contains(queued.ClientId, await ShownAsync(queues[^1]));
        var loads = (await EntriesAsync(supervisor.Id, AuditAction.TeamCaseloadsListed)).Last();
        Assert.Empty(await ShownAsync(loads));
        Assert.Contains(world.TeamId.ToString(), loads.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_tasks_my_work_and_contacts_due_each_name_the_clients_they_showed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var late = await world.CaseOfAsync(worker, opened: true);
        var soon = await world.CaseOfAsync(worker, opened: true);
        await world.AddTaskDueInAsync(late.Id, worker, -2);
        await world.Database.SetDatesAsync(soon.Id, contactDueInDays: 1);

        var overdue = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/tasks/mine?due=Overdue", Cancellation);
        var contacts = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work/contacts-due", Cancellation);
        await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);

        Same([late.Id], Ids(overdue.GetProperty("items"), "caseId"));
        Same([late.ClientId], await ShownAsync(await SingleEntryAsync(worker.Id, AuditAction.MyTasksListed)));
        var dueCases = Ids(contacts.GetProperty("items"), "caseId");
        Assert.Contains(soon.Id, dueCases);
        var due = await ShownAsync(await SingleEntryAsync(worker.Id, AuditAction.ContactsDueListed));
        Assert.Contains(soon.ClientId, due);
        Assert.Equal(dueCases.Count, due.Count);
        var work = await ShownAsync(await SingleEntryAsync(worker.Id, AuditAction.MyWorkListed));
        Same(due.Append(late.ClientId).Distinct(), work);
    }

    [Fact]
    public async Task The_profile_page_is_one_view_and_one_list_of_the_client_s_cases()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/clients/{@case.ClientId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);

        var views = await EntriesAsync(worker.Id, AuditAction.ClientViewed);
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(@case.ClientId, v.ClientId));
        Same([@case.ClientId], await ShownAsync(await SingleEntryAsync(worker.Id, AuditAction.ClientCasesListed)));
    }

    [Fact]
    public async Task A_profile_that_is_not_there_writes_a_refusal_and_no_view()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var nobody = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync($"/api/v1/clients/{nobody}", Cancellation)).StatusCode);

        var refusal = await SingleEntryAsync(worker.Id, AuditAction.ClientAccessRefused);
        Assert.Equal((nobody.ToString(), (Guid?)null), (refusal.EntityId, refusal.ClientId));
        Assert.Empty(await EntriesAsync(worker.Id, AuditAction.ClientViewed));
    }

    [Fact]
    public async Task A_search_is_one_entry_naming_whom_it_showed_not_how_many()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        // Letters only: a word with digits in it is searched as an identifier.
        var surname = "Searched" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);
        var first = await world.RegisterClientAsync(worker, surname);
        var second = await world.RegisterClientAsync(worker, surname + "x");

        var found = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={surname}", Cancellation);

        var results = Ids(found.GetProperty("results"), "id");
        Same([first.Id, second.Id], results);
        Same(results, await ShownAsync(await SingleEntryAsync(worker.Id, AuditAction.ClientSearched)));
    }

    [Fact]
    public async Task A_duplicate_check_is_one_entry_naming_the_candidates_it_showed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ira Intake", Guid.Empty);
        var surname = "Twin" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);
        var person = new { legalName = new { first = "Robin", last = surname }, birthDate = "1981-03-04", veteranStatus = "Unknown" };
        var registered = await intake.Http.PostAsJsonAsync("/api/v1/clients", new { details = person, confirmedNewPerson = true }, Cancellation);
        var existing = (await CaseHttp.CreatedAsync(registered)).GetProperty("id").GetGuid();

        var check = await intake.Http.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", new { details = person }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var candidates = Ids(await check.Content.ReadFromJsonAsync<JsonElement>(Cancellation), "clientId");
        Assert.Contains(existing, candidates);
        Same(candidates, await ShownAsync(await SingleEntryAsync(intake.Id, AuditAction.ClientDuplicatesListed)));
    }

    [GeneratedRegex("<form\\b[\\s\\S]*?</form>")]
    private static partial Regex FormTag();
}

public sealed class AuditedReadsTests_on_Sqlite(SqliteApp app) : AuditedReadsTests(app), IClassFixture<SqliteApp>;

public sealed class AuditedReadsTests_on_Postgres(PostgresApp app) : AuditedReadsTests(app), IClassFixture<PostgresApp>;
