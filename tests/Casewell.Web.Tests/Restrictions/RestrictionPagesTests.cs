using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Restrictions;

/// <summary>
/// The restriction panel on the client profile and the case page, the privacy officer's list and management page,
/// posted as a browser without JavaScript would: who sees the forms, what each post does, and what it says after.
/// </summary>
public abstract class RestrictionPagesTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<(string Html, Dictionary<string, string> Inputs)> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        return (html, HtmlForm.Inputs(html));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> inputs, string handler,
        params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(
        [
            new("_handler", handler),
            new("__RequestVerificationToken", inputs["__RequestVerificationToken"]),
            .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
        ]);
        return await client.PostAsync(path, content, Cancellation);
    }

    private static string Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, was {response.StatusCode}");
        return response.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal);
    }

    /// <summary>The restriction in force on the record as its manager reads it over the API; null when there is none.</summary>
    private static async Task<JsonElement?> InForceAsync(HttpClient http, string kind, Guid id)
    {
        var state = await http.GetFromJsonAsync<JsonElement>($"/api/v1/{kind}/{id}/restriction", Cancellation);
        return state.TryGetProperty("inForce", out var inForce) && inForce.ValueKind != JsonValueKind.Null ? inForce : null;
    }

    [Fact]
    public async Task The_supervisor_restricts_a_client_keeps_its_access_list_and_lifts_it_from_the_profile()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var helper = await world.AddWorkerAsync("Hana Helper");
        var path = $"/clients/{@case.ClientId}";
        var supervisor = world.Supervisor.Http;
        var (before, inputs) = await OpenAsync(supervisor, path);
        Assert.Contains("data-testid=\"restrict-form\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"restriction-mark\"", before, StringComparison.Ordinal);

        var restricted = await PostAsync(supervisor, path, inputs, "restriction-restrict",
            ("RestrictModel.Reason", "DomesticViolence"), ("RestrictModel.Note", "Protective order 24-113"));
        var (afterRestrict, listInputs) = await OpenAsync(supervisor, Location(restricted));
        Assert.Contains("The record is restricted. Only the people on its access list can see it.", afterRestrict, StringComparison.Ordinal);
        Assert.Contains("Restricted: only the people on its access list can see it.", afterRestrict, StringComparison.Ordinal);
        Assert.Contains("Protective order 24-113", afterRestrict, StringComparison.Ordinal);
        Assert.Contains("Domestic violence", afterRestrict, StringComparison.Ordinal);
        // The restricting supervisor is on the list; the helper is offered to be added.
        Assert.Contains($"value=\"{world.Supervisor.Id}\"", afterRestrict, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{helper.Id}\">{helper.Name}</option>", afterRestrict, StringComparison.Ordinal);

        var admitted = await PostAsync(supervisor, path, listInputs, "restriction-admit", ("AdmitModel.StaffId", worker.Id.ToString()));
        var (afterAdmit, _) = await OpenAsync(supervisor, Location(admitted));
        Assert.Contains("The staff member was added to the access list.", afterAdmit, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{worker.Name}</th>", afterAdmit, StringComparison.Ordinal);
        var list = (await InForceAsync(supervisor, "clients", @case.ClientId))!.Value.GetProperty("accessList");
        Assert.Equal(2, list.GetArrayLength());
        // The worker on the list reads the profile, marked, without the supervisor's forms.
        var (asWorker, _) = await OpenAsync(worker.Http, path);
        Assert.Contains("data-testid=\"restriction-mark\"", asWorker, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"restriction-panel\"", asWorker, StringComparison.Ordinal);

        var removed = await PostAsync(supervisor, path, listInputs, "restriction-remove", ("RemoveStaffId", worker.Id.ToString()));
        Assert.Contains("The staff member was taken off the access list.", (await OpenAsync(supervisor, Location(removed))).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync(path, Cancellation)).StatusCode);

        var lifted = await PostAsync(supervisor, path, listInputs, "restriction-lift");
        var (afterLift, _) = await OpenAsync(supervisor, Location(lifted));
        Assert.Contains("The restriction was lifted.", afterLift, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"restriction-mark\"", afterLift, StringComparison.Ordinal);
        Assert.Null(await InForceAsync(supervisor, "clients", @case.ClientId));
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync(path, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_restriction_without_a_reason_is_sent_back_with_the_message_at_the_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (_, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}";
        var (_, inputs) = await OpenAsync(world.Supervisor.Http, path);

        var posted = await PostAsync(world.Supervisor.Http, path, inputs, "restriction-restrict", ("RestrictModel.Reason", ""), ("RestrictModel.Note", ""));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"field-restrict-reason-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose why the record is restricted.", html, StringComparison.Ordinal);
        Assert.Null(await InForceAsync(world.Supervisor.Http, "cases", @case.Id));
    }

    [Fact]
    public async Task The_supervisor_restricts_a_case_from_its_page_and_its_readers_see_the_mark()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}";
        var (_, inputs) = await OpenAsync(world.Supervisor.Http, path);

        var restricted = await PostAsync(world.Supervisor.Http, path, inputs, "restriction-restrict", ("RestrictModel.Reason", "SealedByCourtOrder"));
        var (after, afterInputs) = await OpenAsync(world.Supervisor.Http, Location(restricted));
        Assert.Contains("Sealed by court order", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"restriction-mark\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync(path, Cancellation)).StatusCode);
        var admitted = await PostAsync(world.Supervisor.Http, path, afterInputs, "restriction-admit", ("AdmitModel.StaffId", worker.Id.ToString()));

        var (asWorker, _) = await OpenAsync(worker.Http, Location(admitted).Split('?')[0]);
        Assert.Contains("Restricted: only the people on its access list can see it.", asWorker, StringComparison.Ordinal);
        // The client is not restricted by a restricted case: the profile carries no mark.
        Assert.DoesNotContain("data-testid=\"restriction-mark\"", (await OpenAsync(worker.Http, $"/clients/{@case.ClientId}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_who_does_not_manage_the_record_sees_no_action_and_a_post_anyway_is_refused_with_403()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        foreach (var (path, kind, id) in new[] { ($"/clients/{@case.ClientId}", "clients", @case.ClientId), ($"/cases/{@case.Id}", "cases", @case.Id) })
        {
            var (html, inputs) = await OpenAsync(worker.Http, path);
            Assert.DoesNotContain("data-testid=\"restriction-panel\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("restriction-restrict", html, StringComparison.Ordinal);

            var restrict = await PostAsync(worker.Http, path, inputs, "restriction-restrict", ("RestrictModel.Reason", "HighProfilePerson"));
            var admit = await PostAsync(worker.Http, path, inputs, "restriction-admit", ("AdmitModel.StaffId", worker.Id.ToString()));
            var lift = await PostAsync(worker.Http, path, inputs, "restriction-lift");

            Assert.Equal(HttpStatusCode.Forbidden, restrict.StatusCode);
            var refused = await restrict.Content.ReadAsStringAsync(Cancellation);
            Assert.Contains("Only the privacy officer and the case&#x27;s supervisor restrict a record.", refused, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"restrict-form\"", refused, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, admit.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, lift.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await worker.Http.GetAsync($"/api/v1/{kind}/{id}/restriction", Cancellation)).StatusCode);
            Assert.Null(await InForceAsync(world.Supervisor.Http, kind, id));
        }
    }

    [Fact]
    public async Task The_privacy_officer_finds_every_restriction_in_the_list_and_manages_it_on_its_own_page()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var officer = await App.SignedInAsync(StaffRole.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await world.Supervisor.Http.PutAsJsonAsync($"/api/v1/clients/{@case.ClientId}/restriction",
            new { reason = "StaffMemberAsClient", accessList = new[] { worker.Id } }, Cancellation)).StatusCode);

        var (home, _) = await OpenAsync(officer, "/");
        Assert.Contains("href=\"restrictions\"", home, StringComparison.Ordinal);
        var manage = $"restrictions/clients/{@case.ClientId}";
        var found = false;
        for (var page = 1; !found && page < 50; page++)
        {
            var (list, _) = await OpenAsync(officer, $"/restrictions?page={page}");
            found = list.Contains($"href=\"{manage}\"", StringComparison.Ordinal);
            if (found)
            {
                var row = list[list.IndexOf(@case.ClientName, StringComparison.Ordinal)..list.IndexOf($"href=\"{manage}\"", StringComparison.Ordinal)];
                Assert.Contains("A staff member is the client", row, StringComparison.Ordinal);
                Assert.Contains(world.Supervisor.Name, row, StringComparison.Ordinal);
                Assert.Contains(">2<", row, StringComparison.Ordinal);
            }
            else if (!list.Contains($"restrictions?page={page + 1}", StringComparison.Ordinal)) break;
        }
        Assert.True(found, "the restriction is not on the privacy officer's list");
        // Nobody else has the list, or the link to it.
        Assert.Equal(HttpStatusCode.Redirect, (await world.Supervisor.Http.GetAsync("/restrictions", Cancellation)).StatusCode);
        Assert.DoesNotContain("href=\"restrictions\"", (await OpenAsync(world.Supervisor.Http, "/")).Html, StringComparison.Ordinal);

        var (page1, inputs) = await OpenAsync(officer, "/" + manage);
        Assert.Contains($"<th scope=\"row\">{worker.Name}</th>", page1, StringComparison.Ordinal);
        var lifted = await PostAsync(officer, "/" + manage, inputs, "restriction-lift");
        Assert.Contains("The restriction was lifted.", (await OpenAsync(officer, Location(lifted))).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync($"/restrictions/clients/{Guid.CreateVersion7()}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.Http.GetAsync("/" + manage, Cancellation)).StatusCode);
    }
}

public sealed class RestrictionPagesTests_on_Sqlite(SqliteApp app) : RestrictionPagesTests(app), IClassFixture<SqliteApp>;

public sealed class RestrictionPagesTests_on_Postgres(PostgresApp app) : RestrictionPagesTests(app), IClassFixture<PostgresApp>;
