using System.Net;
using System.Text.RegularExpressions;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Caseloads;

/// <summary>The caseload pages over HTTP, as a browser without scripts would use them: rendering, forms, refusals.</summary>
public abstract partial class CaseloadPagesTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<string> PageAsync(StaffMember viewer, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await viewer.Http.GetAsync(path, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode}");
        return html;
    }

    /// <summary>The inputs of the one form on the page named <paramref name="formName"/> (its hidden _handler).</summary>
    private static Dictionary<string, string> FormInputs(string html, string formName)
    {
        var form = FormTag().Matches(html).Select(m => m.Value).Single(f => f.Contains($"value=\"{formName}\"", StringComparison.Ordinal));
        return HtmlForm.Inputs(form);
    }

    private static async Task<HttpResponseMessage> PostAsync(StaffMember viewer, string path, Dictionary<string, string> inputs, params (string Name, string Value)[] values)
    {
        var fields = inputs.Select(i => KeyValuePair.Create(i.Key, i.Value)).Where(i => values.All(v => v.Name != i.Key)).ToList();
        fields.AddRange(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await viewer.Http.PostAsync(path, content, Cancellation);
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal) ?? "";

    [Fact]
    public async Task My_caseload_lists_my_cases_with_links_and_overdue_markers()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var overdue = await s.CaseOfAsync(worker, CasePriority.Urgent, lastName: "Quintero");
        await s.Database.SetDatesAsync(overdue.Id, contactDueInDays: -1);
        await s.AddTaskDueInAsync(overdue.Id, worker, -2);
        var calm = await s.CaseOfAsync(worker, CasePriority.Low, lastName: "Stillwater");

        var html = await PageAsync(worker, "/caseload");

        Assert.Contains($"href=\"cases/{overdue.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Robin Quintero", html, StringComparison.Ordinal);
        Assert.Contains("Contact overdue", html, StringComparison.Ordinal);
        Assert.Contains("Overdue tasks: 1", html, StringComparison.Ordinal);
        Assert.Contains(calm.Number, html, StringComparison.Ordinal);
        var filtered = await PageAsync(worker, "/caseload?overdueOnly=true&sort=Client");
        Assert.Contains(overdue.Number, filtered, StringComparison.Ordinal);
        Assert.DoesNotContain(calm.Number, filtered, StringComparison.Ordinal);
        Assert.Contains("checked", Regex.Match(filtered, "<input[^>]*id=\"filter-overdue\"[^>]*>").Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=Closed", "field-status")]
    [InlineData("?status=Bogus", "field-status")]
    [InlineData("?priority=9", "field-priority")]
    [InlineData("?sort=Shoe+size", "field-sort")]
    [InlineData("?caseTypeId=nope", "field-casetypeid")]
    public async Task Bad_choices_in_the_address_show_field_errors_not_a_failure(string query, string field)
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();

        var html = await PageAsync(worker, $"/caseload{query}");

        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"caseload#{field}\"", html, StringComparison.Ordinal);
        Assert.Contains("usa-form-group--error", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.ProgramManager, "/caseload")]
    [InlineData(StaffRole.IntakeWorker, "/caseload")]
    [InlineData(StaffRole.Administrator, "/caseload")]
    [InlineData(StaffRole.CaseWorker, "/team-caseloads/workers/00000000-0000-0000-0000-000000000001")]
    [InlineData(StaffRole.ProgramManager, "/team-caseloads/workers/00000000-0000-0000-0000-000000000001/handover")]
    public async Task Pages_refuse_roles_they_are_not_for(StaffRole role, string path)
    {
        var viewer = await StaffMember.SignInAsync(App, role, "Vic Viewer");

        var response = await viewer.Http.GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/forbidden", Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Team_caseloads_warn_of_cases_without_a_worker_and_lead_to_the_queue()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        await s.CaseOfAsync(worker, CasePriority.High, SeededCaseTypes.ChildProtectiveServices);
        await s.OpenCaseAsync();

        var html = await PageAsync(s.Supervisor, "/team-caseloads");

        Assert.Contains("data-testid=\"unassigned-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("Cases without a worker: 1", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"teams/{s.TeamId}/queue\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"team-caseloads/workers/{worker.Id}/handover\"", html, StringComparison.Ordinal);
        Assert.Matches($"data-worker=\"{Regex.Escape(worker.Name)}\"[\\s\\S]*?data-testid=\"load\">2.25<", html);
    }

    [Fact]
    public async Task A_program_manager_sees_team_caseloads_without_assigning()
    {
        using var s = await CaseWorld.CreateAsync(App);
        await s.OpenCaseAsync();
        var manager = await s.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", Guid.Empty);
        await s.ManageProgramAsync(manager);

        var html = await PageAsync(manager, "/team-caseloads");

        Assert.Contains("data-testid=\"unassigned-warning\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/queue\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/handover\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.CaseWorker)]
    [InlineData(StaffRole.Administrator)]
    public async Task Team_caseloads_are_forbidden_to_other_roles(StaffRole role)
    {
        var viewer = await StaffMember.SignInAsync(App, role, "Vic Viewer");

        var html = await PageAsync(viewer, "/team-caseloads", HttpStatusCode.Forbidden);

        Assert.Contains("Not available to you", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_assigns_a_case_from_the_queue_page()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var waiting = await s.OpenCaseAsync();
        var path = $"/teams/{s.TeamId}/queue";
        var html = await PageAsync(s.Supervisor, path);
        Assert.Matches($"<option value=\"{worker.Id}\">{Regex.Escape(worker.Name)} \\(load 0, cases 0\\)</option>", html);

        var response = await PostAsync(s.Supervisor, path, FormInputs(html, $"assign-{waiting.Id}"), ("Input.WorkerId", worker.Id.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{path}?assigned={waiting.Number}", Location(response));
        Assert.Equal(worker.Id, await s.Database.PrimaryWorkerAsync(waiting.Id));
        var after = await PageAsync(s.Supervisor, Location(response));
        Assert.Contains($"Case {waiting.Number} is assigned.", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"queue-empty\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_a_case_someone_else_assigned_first_shows_what_happened()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var colleague = await s.AddWorkerAsync("Cole League");
        var waiting = await s.OpenCaseAsync();
        var path = $"/teams/{s.TeamId}/queue";
        var shown = await PageAsync(s.Supervisor, path);
        await s.AssignAsync(waiting.Id, colleague.Id);

        var response = await PostAsync(s.Supervisor, path, FormInputs(shown, $"assign-{waiting.Id}"), ("Input.WorkerId", worker.Id.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"assign-problem\"", html, StringComparison.Ordinal);
        Assert.Contains("Someone changed this case after you opened it", html, StringComparison.Ordinal);
        Assert.Contains(colleague.Name, html, StringComparison.Ordinal);
        Assert.Equal(colleague.Id, await s.Database.PrimaryWorkerAsync(waiting.Id));
    }

    [Fact]
    public async Task Assigning_without_choosing_a_worker_says_so_at_the_row()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var waiting = await s.OpenCaseAsync();
        var path = $"/teams/{s.TeamId}/queue";
        var shown = await PageAsync(s.Supervisor, path);

        var response = await PostAsync(s.Supervisor, path, FormInputs(shown, $"assign-{waiting.Id}"), ("Input.WorkerId", ""));

        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"assign-{waiting.Id}-worker-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose a worker.", html, StringComparison.Ordinal);
        Assert.Null(await s.Database.PrimaryWorkerAsync(waiting.Id));
    }

    [Fact]
    public async Task A_supervisor_of_another_team_finds_no_queue_page()
    {
        using var s = await CaseWorld.CreateAsync(App);
        using var other = await CaseWorld.CreateAsync(App);

        var queue = await PageAsync(other.Supervisor, $"/teams/{s.TeamId}/queue", HttpStatusCode.NotFound);
        var worker = await PageAsync(other.Supervisor, $"/team-caseloads/workers/{Guid.CreateVersion7()}", HttpStatusCode.NotFound);
        var handover = await PageAsync(other.Supervisor, $"/team-caseloads/workers/{Guid.CreateVersion7()}/handover", HttpStatusCode.NotFound);

        Assert.All([queue, worker, handover], html => Assert.Contains("Page not found", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transfer_from_a_workers_cases_needs_a_reason_and_then_moves_the_case()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var worker = await s.AddWorkerAsync();
        var colleague = await s.AddWorkerAsync("Cole League");
        var held = await s.CaseOfAsync(worker);
        var path = $"/team-caseloads/workers/{worker.Id}";
        var shown = await PageAsync(s.Supervisor, path);
        Assert.DoesNotContain($"<option value=\"{worker.Id}\"", shown, StringComparison.Ordinal);

        var noReason = await PostAsync(s.Supervisor, path, FormInputs(shown, $"transfer-{held.Id}"), ("Input.WorkerId", colleague.Id.ToString()), ("Input.Reason", ""));
        var refused = await noReason.Content.ReadAsStringAsync(Cancellation);
        var transferred = await PostAsync(s.Supervisor, path, FormInputs(shown, $"transfer-{held.Id}"), ("Input.WorkerId", colleague.Id.ToString()), ("Input.Reason", "Closer to the family"));

        Assert.Contains("data-testid=\"transfer-problem\"", refused, StringComparison.Ordinal);
        Assert.Contains("Enter the reason.", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, transferred.StatusCode);
        Assert.Equal(colleague.Id, await s.Database.PrimaryWorkerAsync(held.Id));
        Assert.Equal("Closer to the family", (await s.Database.TimelineAsync(held.Id)).Last().Reason);
    }

    [Fact]
    public async Task The_handover_form_spreads_the_caseload_and_says_where_it_went()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");
        var held = await s.CaseOfAsync(leaving);
        var path = $"/team-caseloads/workers/{leaving.Id}/handover";
        var shown = await PageAsync(s.Supervisor, path);
        var inputs = FormInputs(shown, "handover");
        inputs.Remove("ToWorkerIds");

        var missing = await PostAsync(s.Supervisor, path, inputs, ("Reason", ""));
        var missingHtml = await missing.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"error-summary\"", missingHtml, StringComparison.Ordinal);
        Assert.Contains("Choose at least one worker to receive the cases.", missingHtml, StringComparison.Ordinal);
        Assert.Contains("Enter the reason for the handover.", missingHtml, StringComparison.Ordinal);
        Assert.Equal(leaving.Id, await s.Database.PrimaryWorkerAsync(held.Id));

        var done = await PostAsync(s.Supervisor, path, inputs, ("ToWorkerIds", taking.Id.ToString()), ("Reason", "Left the agency"));
        var doneHtml = await done.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("data-testid=\"handover-done\"", doneHtml, StringComparison.Ordinal);
        Assert.Contains($"{taking.Name}: 1", doneHtml, StringComparison.Ordinal);
        Assert.Equal(taking.Id, await s.Database.PrimaryWorkerAsync(held.Id));
    }

    [GeneratedRegex("<form\\b[\\s\\S]*?</form>")]
    private static partial Regex FormTag();
}

public sealed class CaseloadPagesTests_on_Sqlite(SqliteApp app) : CaseloadPagesTests(app), IClassFixture<SqliteApp>;

public sealed class CaseloadPagesTests_on_Postgres(PostgresApp app) : CaseloadPagesTests(app), IClassFixture<PostgresApp>;
