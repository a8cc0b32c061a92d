using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Data;
using Casewell.Identity;
using Casewell.PrivacyReview;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Restrictions;

/// <summary>
/// A restricted client and case, for a worker of the same team who is not on the access list: in no list, search,
/// count, caseload total, duplicate check or task list, and their pages and API answer exactly as for an id that
/// does not exist. The team's program lets the team see its cases, so it is the restriction that hides them.
/// </summary>
public abstract class RestrictedRecordsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private sealed record Scene(CaseWorld World, StaffMember Worker, StaffMember Colleague, StaffMember OtherSupervisor, OpenedTestCase Case, string LastName);

    private async Task<Scene> SceneAsync()
    {
        var s = await CaseWorld.CreateAsync(App);
        await s.SetCasePoliciesAsync(teamMayViewCases: true);
        var worker = await s.AddWorkerAsync("Willa Worker");
        var colleague = await s.AddWorkerAsync("Cole League");
        var otherSupervisor = await s.AddStaffAsync(StaffRole.Supervisor, "Sue Pervisor", supervises: true);
        // Letters only, so that the name's phonetic keys are the name's; with a date of birth, so a new registration matches it.
        var lastName = "Hidden" + System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 8);
        var clientId = await CreatedIdAsync(await s.Supervisor.Http.PostAsJsonAsync("/api/v1/clients", Person(lastName), Cancellation), "id");
        var caseId = await CreatedIdAsync(await s.Supervisor.Http.PostAsJsonAsync("/api/v1/cases", s.Referral(clientId, teamId: s.TeamId), Cancellation), "caseId");
        var @case = new OpenedTestCase(caseId, "", s.TeamId, clientId, $"Robin {lastName}");
        await s.AssignAsync(caseId, worker.Id);
        // The colleague also helps on the case, with a task of their own: a relationship the restriction must still beat.
        await s.AssignAsync(@case.Id, colleague.Id, AssignmentRole.Secondary);
        await s.AddTaskDueInAsync(@case.Id, colleague, 3);
        return new Scene(s, worker, colleague, otherSupervisor, @case, lastName);
    }

    /// <summary>The scene's person: the last name is random, and the first name and birth date follow from it, so no other test's client matches.</summary>
    private static object Person(string lastName, bool confirmed = true, bool acknowledged = false) => new
    {
        details = new
        {
            legalName = new { first = "R" + lastName[^4..], last = lastName },
            birthDate = new DateOnly(1950, 1, 1).AddDays(lastName.Sum(c => c) * 37 % 18000).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            veteranStatus = "Unknown",
        },
        confirmedNewPerson = confirmed,
        acknowledgedRestrictedMatch = acknowledged,
    };

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response, string property)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancellation));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty(property).GetGuid();
    }

    private static async Task<HttpResponseMessage> RestrictAsync(HttpClient http, string kind, Guid id, object body) =>
        await http.PutAsJsonAsync($"/api/v1/{kind}/{id}/restriction", body, Cancellation);

    private static async Task<JsonElement> JsonAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Cancellation)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    /// <summary>Status and body, with the request's own trace id taken out: the rest must match byte for byte.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> AnswerAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        if (text.StartsWith('{') && JsonNode.Parse(text) is JsonObject problem) { problem.Remove("traceId"); text = problem.ToJsonString(); }
        // A page carries its request's own tokens (antiforgery, CSP nonce): the not-found page is compared by its heading.
        else if (text.Contains("<h1", StringComparison.Ordinal)) text = text[text.IndexOf("<h1", StringComparison.Ordinal)..][..Math.Min(200, text.Length - text.IndexOf("<h1", StringComparison.Ordinal))];
        return (response.StatusCode, text);
    }

    private static bool Mentions(JsonElement json, Guid id) => json.ToString().Contains(id.ToString(), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task A_restricted_client_and_their_case_exist_nowhere_for_a_colleague_not_on_the_list()
    {
        var scene = await SceneAsync();
        using var world = scene.World;
        var (worker, colleague, @case) = (scene.Worker, scene.Colleague, scene.Case);
        var search = $"/api/v1/clients?q={scene.LastName}";
        var teamLoads = $"/api/v1/teams/{@case.TeamId}/caseload";
        // Before: the colleague reaches both, and the team's figures count the case.
        Assert.True(Mentions(await JsonAsync(colleague.Http, search), @case.ClientId));
        Assert.True(Mentions(await JsonAsync(colleague.Http, "/api/v1/caseload"), @case.Id));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(colleague.Http, $"/api/v1/cases/{@case.Id}")).Status);
        var loadBefore = PrimaryCases(await JsonAsync(scene.OtherSupervisor.Http, teamLoads), worker.Id);

        var restricted = await RestrictAsync(world.Supervisor.Http, "clients", @case.ClientId, new { reason = "DomesticViolence", note = "Protective order", accessList = new[] { worker.Id } });
        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);

        // The colleague: no search hit, caseload row, task, duplicate candidate; the other supervisor: one case fewer.
        Assert.False(Mentions(await JsonAsync(colleague.Http, search), @case.ClientId));
        Assert.False(Mentions(await JsonAsync(colleague.Http, "/api/v1/caseload"), @case.Id));
        Assert.False(Mentions(await JsonAsync(colleague.Http, "/api/v1/tasks/mine"), @case.Id));
        Assert.False(Mentions(await JsonAsync(colleague.Http, "/api/v1/my-work"), @case.Id));
        var duplicates = await colleague.Http.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", Person(scene.LastName), Cancellation);
        Assert.Equal(HttpStatusCode.OK, duplicates.StatusCode);
        Assert.False(Mentions(await duplicates.Content.ReadFromJsonAsync<JsonElement>(Cancellation), @case.ClientId));
        Assert.Equal(loadBefore - 1, PrimaryCases(await JsonAsync(scene.OtherSupervisor.Http, teamLoads), worker.Id));
        Assert.False(Mentions(await JsonAsync(scene.OtherSupervisor.Http, $"/api/v1/staff/{worker.Id}/caseload"), @case.Id));

        // Every page and endpoint of the record answers as for an id that was never issued.
        var nobody = Guid.CreateVersion7();
        foreach (var (real, none) in new[]
        {
            ($"/api/v1/clients/{@case.ClientId}", $"/api/v1/clients/{nobody}"),
            ($"/api/v1/cases/{@case.Id}", $"/api/v1/cases/{nobody}"),
            ($"/api/v1/cases/{@case.Id}/tasks", $"/api/v1/cases/{nobody}/tasks"),
            ($"/api/v1/cases/{@case.Id}/timeline", $"/api/v1/cases/{nobody}/timeline"),
            ($"/api/v1/clients/{@case.ClientId}/restriction", $"/api/v1/clients/{nobody}/restriction"),
            ($"/clients/{@case.ClientId}", $"/clients/{nobody}"),
            ($"/cases/{@case.Id}", $"/cases/{nobody}"),
        })
        {
            var (status, body) = await AnswerAsync(colleague.Http, real);
            var expected = await AnswerAsync(colleague.Http, none);
            Assert.Equal(expected.Status, status);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal(expected.Body.Replace(nobody.ToString(), "", StringComparison.Ordinal),
                body.Replace(@case.Id.ToString(), "", StringComparison.Ordinal).Replace(@case.ClientId.ToString(), "", StringComparison.Ordinal));
        }

        // The worker on the list keeps their case; the supervisor who restricted it is on the list too.
        Assert.True(Mentions(await JsonAsync(worker.Http, "/api/v1/caseload"), @case.Id));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(world.Supervisor.Http, $"/api/v1/cases/{@case.Id}")).Status);
    }

    private static int PrimaryCases(JsonElement team, Guid workerId) =>
        team.GetProperty("workers").EnumerateArray()
            .Where(w => w.GetProperty("workerId").GetGuid() == workerId).Sum(w => w.GetProperty("primaryCases").GetInt32());

    [Fact]
    public async Task A_restricted_case_hides_the_case_and_where_its_client_is_known()
    {
        var scene = await SceneAsync();
        using var world = scene.World;

        Assert.Equal(HttpStatusCode.OK, (await RestrictAsync(world.Supervisor.Http, "cases", scene.Case.Id, new { reason = "HighProfilePerson" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(scene.Colleague.Http, $"/api/v1/cases/{scene.Case.Id}")).Status);
        // The restricted case was the colleague's only relationship with its client: the profile is refused (decision 0018),
        // and the refusal's "whom to ask" does not name the restricted case's program or worker.
        var profile = await AnswerAsync(scene.Colleague.Http, $"/api/v1/clients/{scene.Case.ClientId}");
        Assert.Equal(HttpStatusCode.Forbidden, profile.Status);
        Assert.DoesNotContain(scene.Worker.Name, profile.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(scene.Case.Id.ToString(), profile.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(scene.Worker.Http, $"/api/v1/cases/{scene.Case.Id}")).Status);

        // Admitted, the worker has their case back; lifted, everyone has.
        Assert.Equal(HttpStatusCode.OK, (await world.Supervisor.Http.PutAsync($"/api/v1/cases/{scene.Case.Id}/restriction/access/{scene.Worker.Id}", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(scene.Worker.Http, $"/api/v1/cases/{scene.Case.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await world.Supervisor.Http.DeleteAsync($"/api/v1/cases/{scene.Case.Id}/restriction/access/{scene.Worker.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(scene.Worker.Http, $"/api/v1/cases/{scene.Case.Id}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Supervisor.Http.DeleteAsync($"/api/v1/cases/{scene.Case.Id}/restriction", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(scene.Colleague.Http, $"/api/v1/cases/{scene.Case.Id}")).Status);
    }

    [Fact]
    public async Task Registering_a_person_who_matches_a_restricted_client_warns_without_naming_them_audits_and_asks_the_privacy_officer()
    {
        var scene = await SceneAsync();
        using var world = scene.World;
        using var officer = await App.SignedInAsync(StaffRole.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await RestrictAsync(officer, "clients", scene.Case.ClientId, new { reason = "DomesticViolence" })).StatusCode);
        var (intake, intakeId) = await App.SignedInWithIdAsync(StaffRole.IntakeWorker);
        using var _ = intake;
        var warned = await intake.PostAsJsonAsync("/api/v1/clients", Person(scene.LastName, confirmed: false), Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        var text = await warned.Content.ReadAsStringAsync(Cancellation);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("restrictedMatch").GetBoolean());
        Assert.DoesNotContain(scene.Case.ClientId.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(JsonDocument.Parse(text).RootElement.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("clientId").GetGuid() == scene.Case.ClientId);
        Assert.Contains("privacy officer", text, StringComparison.Ordinal);
        var restrictedId = scene.Case.ClientId.ToString();
        Assert.True(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().PrivacyReviewItems.AnyAsync(i =>
            i.Kind == PrivacyReviewKind.RestrictedMatchAtIntake && i.SubjectStaffId == intakeId && i.ReviewedAt == null
            && i.Summary.Contains(restrictedId), Cancellation)));
        Assert.True(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AnyAsync(a =>
            a.ActorId == intakeId && a.Action == AuditAction.ClientRestrictedMatchAtIntake.Name && a.ClientId == scene.Case.ClientId, Cancellation)));

        // Acknowledged, the registration goes through, and that too is recorded.
        var registered = await intake.PostAsJsonAsync("/api/v1/clients", Person(scene.LastName, acknowledged: true), Cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.True(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AnyAsync(a =>
            a.ActorId == intakeId && a.Action == AuditAction.ClientRegisteredDespiteRestrictedMatch.Name, Cancellation)));
    }

    [Fact]
    public async Task Only_the_privacy_officer_and_the_case_s_supervisor_may_restrict()
    {
        var scene = await SceneAsync();
        using var world = scene.World;
        var body = new { reason = "SealedByCourtOrder" };
        using var otherTeamSupervisorWorld = await CaseWorld.CreateAsync(App);
        using var admin = await App.SignedInAsync(StaffRole.Administrator);
        using var manager = await App.SignedInAsync(StaffRole.ProgramManager);

        // The worker reads the case but does not supervise it: 403. Those who cannot see it: 404, as for no case.
        Assert.Equal(HttpStatusCode.Forbidden, (await RestrictAsync(scene.Worker.Http, "cases", scene.Case.Id, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RestrictAsync(scene.Worker.Http, "clients", scene.Case.ClientId, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RestrictAsync(otherTeamSupervisorWorld.Supervisor.Http, "cases", scene.Case.Id, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RestrictAsync(admin, "cases", scene.Case.Id, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RestrictAsync(manager, "cases", scene.Case.Id, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scene.Worker.Http.GetAsync("/api/v1/restrictions", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Supervisor.Http.GetAsync("/api/v1/restrictions", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RestrictAsync(scene.OtherSupervisor.Http, "cases", scene.Case.Id, body)).StatusCode);

        // The privacy officer's list names it.
        using var officer = await App.SignedInAsync(StaffRole.Auditor);
        Assert.True(Mentions(await JsonAsync(officer, "/api/v1/restrictions?pageSize=100"), scene.Case.Id));
    }

    [Theory]
    [InlineData("{}", "Reason")]
    [InlineData("{\"reason\":\"Bogus\"}", null)]
    [InlineData("{\"reason\":\"DomesticViolence\",\"note\":\"a\\u0000b\"}", "Note")]
    [InlineData("{\"reason\":\"DomesticViolence\",\"accessList\":[\"0191e0c0-0000-7000-8000-000000000000\"]}", "AccessList")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_restricts_nothing(string json, string? field)
    {
        var scene = await SceneAsync();
        using var world = scene.World;
        using var officer = await App.SignedInAsync(StaffRole.Auditor);

        var response = await officer.PutAsync($"/api/v1/cases/{scene.Case.Id}/restriction",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(scene.Colleague.Http, $"/api/v1/cases/{scene.Case.Id}")).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.DeleteAsync($"/api/v1/cases/{scene.Case.Id}/restriction", Cancellation)).StatusCode);
    }
}

public sealed class RestrictedRecordsApiTests_on_Sqlite(SqliteApp app) : RestrictedRecordsApiTests(app), IClassFixture<SqliteApp>;

public sealed class RestrictedRecordsApiTests_on_Postgres(PostgresApp app) : RestrictedRecordsApiTests(app), IClassFixture<PostgresApp>;
