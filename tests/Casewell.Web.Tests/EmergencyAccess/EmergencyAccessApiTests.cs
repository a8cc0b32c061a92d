using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Casewell.Web.Tests.Identity;

namespace Casewell.Web.Tests.EmergencyAccess;

/// <summary>
/// Breaking the glass (decision record 0018): a grant opens one client's record, with a reason, for the configured
/// minutes on the app's clock; it is flagged on the page and the API, limited, never opens changes, and is reviewed by
/// the holder's supervisor or an auditor.
/// </summary>
public abstract class EmergencyAccessApiTests(CasewellApp app) : IntegrationTest(app)
{
    private const string Reason = "Police on the phone: the client is missing and may be in danger.";

    private static Task<HttpResponseMessage> BreakTheGlassAsync(HttpClient http, Guid clientId, string? reason = Reason) =>
        http.PostAsJsonAsync($"/api/v1/clients/{clientId}/emergency-access", new { reason }, Cancellation);

    private static async Task<Guid> GrantAsync(HttpClient http, Guid clientId)
    {
        var response = await BreakTheGlassAsync(http, clientId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("grantId").GetGuid();
    }

    private static Task<HttpResponseMessage> ReviewAsync(HttpClient http, Guid grantId, string? note = "Confirmed with the police; justified.") =>
        http.PostAsJsonAsync($"/api/v1/emergency-access/{grantId}/review", new { note }, Cancellation);

    private static async Task<List<Guid>> QueueAsync(HttpClient reviewer)
    {
        var queue = await reviewer.GetFromJsonAsync<JsonElement>("/api/v1/emergency-access/review?pageSize=100", Cancellation);
        return [.. queue.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("id").GetGuid())];
    }

    /// <summary>A worker of a team of its own: no case of the world's team is theirs to read.</summary>
    private static async Task<StaffMember> StrangerAsync(CaseWorld world) => await world.AddWorkerAsync("Sasha Stranger", await world.AddTeamAsync("Other team"));

    [Fact]
    public async Task A_grant_opens_the_profile_for_the_configured_minutes_flagged_and_then_not()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.OpenCaseAsync();
        var stranger = await StrangerAsync(world);
        var clock = new FakeClock(TimeProvider.System.GetUtcNow());
        await using var host = SignInHost.Start(App, clock, settings: [("Access:EmergencyAccessMinutes", "10"), ("Security:IdleTimeoutMinutes", "60")]);
        using var http = SignInHost.Client(host);
        Assert.True((await http.PostAsJsonAsync("/api/v1/session", new { email = stranger.Email, password = CasewellApp.Password }, Cancellation)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);

        var opened = await BreakTheGlassAsync(http, @case.ClientId);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var grant = await opened.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(clock.GetUtcNow().AddMinutes(10), grant.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromMinutes(9));
        var read = await http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var header = Assert.Single(read.Headers.GetValues("Casewell-Emergency-Access"));
        Assert.StartsWith($"{grant.GetProperty("grantId").GetGuid()}; expires=", header, StringComparison.Ordinal);
        var page = await http.GetAsync($"/clients/{@case.ClientId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"emergency-banner\"", html, StringComparison.Ordinal);
        Assert.Contains("the client is missing", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-client\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-person\"", html, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.False(expired.Headers.Contains("Casewell-Emergency-Access"));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/clients/{@case.ClientId}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_read_through_work_carries_no_emergency_flag_and_offers_the_changes()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        var read = await worker.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.False(read.Headers.Contains("Casewell-Emergency-Access"));
        var html = await worker.Http.GetStringAsync($"/clients/{@case.ClientId}", Cancellation);
        Assert.DoesNotContain("data-testid=\"emergency-banner\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-client\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await BreakTheGlassAsync(worker.Http, @case.ClientId)).StatusCode);
    }

    [Fact]
    public async Task A_person_holds_at_most_three_open_grants_and_asking_twice_keeps_the_one()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var stranger = await StrangerAsync(world);
        var clients = new List<Guid>();
        for (var i = 0; i < 4; i++) clients.Add((await world.OpenCaseAsync()).ClientId);

        var first = await GrantAsync(stranger.Http, clients[0]);
        await GrantAsync(stranger.Http, clients[1]);
        await GrantAsync(stranger.Http, clients[2]);
        Assert.Equal(first, await GrantAsync(stranger.Http, clients[0]));

        var fourth = await BreakTheGlassAsync(stranger.Http, clients[3]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync($"/api/v1/clients/{clients[3]}", Cancellation)).StatusCode);
        var mine = await stranger.Http.GetFromJsonAsync<JsonElement>("/api/v1/emergency-access", Cancellation);
        Assert.Equal(3, mine.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_grant_never_allows_changes()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.OpenCaseAsync();
        var stranger = await StrangerAsync(world);
        await GrantAsync(stranger.Http, @case.ClientId);
        var read = await stranger.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{@case.ClientId}")
        {
            Content = JsonContent.Create(new { details = new { legalName = new { first = "Changed", last = "ByGrant" }, veteranStatus = "Unknown" } }),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.SendAsync(edit, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/relationships",
            new { type = "Sibling", relatedPersonName = "Added ByGrant" }, Cancellation)).StatusCode);

        var profile = await world.Supervisor.Http.GetStringAsync($"/api/v1/clients/{@case.ClientId}", Cancellation);
        Assert.DoesNotContain("ByGrant", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_holders_supervisor_reviews_a_grant_once_and_a_peer_may_not()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var otherTeam = await world.AddTeamAsync("Other team");
        var holder = await world.AddWorkerAsync("Hal Holder", otherTeam);
        var otherSupervisor = await world.AddStaffAsync(StaffRole.Supervisor, "Olive Supervisor", otherTeam, supervises: true);
        var peer = await world.AddWorkerAsync("Pat Peer", otherTeam);
        var grant = await GrantAsync(holder.Http, (await world.OpenCaseAsync()).ClientId);

        Assert.Equal(HttpStatusCode.Forbidden, (await ReviewAsync(peer.Http, grant)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.Http.GetAsync("/api/v1/emergency-access/review", Cancellation)).StatusCode);
        Assert.DoesNotContain(grant, await QueueAsync(world.Supervisor.Http));
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewAsync(world.Supervisor.Http, grant)).StatusCode);
        Assert.Contains(grant, await QueueAsync(otherSupervisor.Http));

        Assert.Equal(HttpStatusCode.NoContent, (await ReviewAsync(otherSupervisor.Http, grant)).StatusCode);

        Assert.DoesNotContain(grant, await QueueAsync(otherSupervisor.Http));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ReviewAsync(otherSupervisor.Http, grant, "Again")).StatusCode);
        var mine = await holder.Http.GetFromJsonAsync<JsonElement>("/api/v1/emergency-access", Cancellation);
        var line = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(otherSupervisor.Name, line.GetProperty("reviewedByName").GetString());
        Assert.Equal("Confirmed with the police; justified.", line.GetProperty("reviewNote").GetString());
    }

    [Fact]
    public async Task An_auditor_reviews_anyones_grant_and_nobody_reviews_their_own()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var otherTeam = await world.AddTeamAsync("Other team");
        var supervisor = await world.AddStaffAsync(StaffRole.Supervisor, "Olive Supervisor", otherTeam, supervises: true);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var grant = await GrantAsync(supervisor.Http, (await world.OpenCaseAsync()).ClientId);

        Assert.DoesNotContain(grant, await QueueAsync(supervisor.Http));
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewAsync(supervisor.Http, grant)).StatusCode);
        Assert.Contains(grant, await QueueAsync(auditor));

        Assert.Equal(HttpStatusCode.NoContent, (await ReviewAsync(auditor, grant)).StatusCode);
        Assert.DoesNotContain(grant, await QueueAsync(auditor));
    }

    [Fact]
    public async Task A_review_without_a_note_gets_a_field_error_and_an_unknown_grant_404()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var holder = await world.AddWorkerAsync("Hal Holder", await world.AddTeamAsync("Other team"));
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var grant = await GrantAsync(holder.Http, (await world.OpenCaseAsync()).ClientId);

        var blank = await ReviewAsync(auditor, grant, "  ");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.True((await blank.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty("Note", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewAsync(auditor, Guid.CreateVersion7())).StatusCode);
        Assert.Contains(grant, await QueueAsync(auditor));
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_an_unknown_client_404_and_roles_without_the_ability_403()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.OpenCaseAsync();
        var stranger = await StrangerAsync(world);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);

        foreach (var reason in new[] { "too short", "", null })
        {
            var refused = await BreakTheGlassAsync(stranger.Http, @case.ClientId, reason);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty("Reason", out _));
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await BreakTheGlassAsync(stranger.Http, @case.ClientId, new string('x', 1001))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await BreakTheGlassAsync(stranger.Http, Guid.CreateVersion7())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsJsonAsync("/api/v1/clients/not-a-guid/emergency-access", new { reason = Reason }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await BreakTheGlassAsync(auditor, @case.ClientId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Breaking_the_glass_raises_a_privacy_review_item_with_its_reason()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.OpenCaseAsync();
        var stranger = await StrangerAsync(world);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);

        await GrantAsync(stranger.Http, @case.ClientId);

        var queue = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/privacy-review?pageSize=100", Cancellation);
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("subjectStaffId").GetGuid() == stranger.Id && i.GetProperty("kind").GetString() == "EmergencyAccessOpened");
        Assert.Contains(Reason, item.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}

public sealed class EmergencyAccessApiTests_on_Sqlite(SqliteApp app) : EmergencyAccessApiTests(app), IClassFixture<SqliteApp>;

public sealed class EmergencyAccessApiTests_on_Postgres(PostgresApp app) : EmergencyAccessApiTests(app), IClassFixture<PostgresApp>;
