using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.PrivacyReview;

/// <summary>
/// Grants that open case content (a role, team membership and supervision, program management) are listed for
/// the privacy officer, and an administrator cannot use an account they created: its owner activates it.
/// </summary>
public abstract class PrivacyReviewTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

    private static async Task<List<JsonElement>> QueueAsync(HttpClient auditor, Guid subject)
    {
        var queue = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/privacy-review?pageSize=100&includeReviewed=true", Cancellation);
        return queue.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("subjectStaffId").GetGuid() == subject).ToList();
    }

    /// <summary>The one form of a page with several, by its Blazor form name.</summary>
    private static string FormNamed(string html, string name)
    {
        var at = html.IndexOf($"value=\"{name}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no form {name}");
        var start = html.LastIndexOf("<form", at, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", at, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task The_four_request_path_to_case_content_ends_at_an_account_that_cannot_sign_in_until_activated()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.OpenCaseAsync();
        var email = $"mallory-{Guid.CreateVersion7():N}@agency.example.org";

        var created = await world.Administrator.Http.PostAsJsonAsync("/api/v1/staff",
            new { email, displayName = "Mallory Supervisor", role = "Supervisor", password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();
        await world.AddToTeamAsync(id, world.TeamId, supervises: true);

        using var mallory = App.CreateAnonymousClient();
        var signIn = await mallory.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.False(signIn.IsSuccessStatusCode, $"sign-in answered {(int)signIn.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await mallory.GetAsync($"/api/v1/cases/{@case.Id}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task The_owner_activates_the_account_once_with_their_own_password_and_can_then_sign_in()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var email = $"new-{Guid.CreateVersion7():N}@agency.example.org";
        var created = await JsonAsync(await administrator.PostAsJsonAsync("/api/v1/staff", new { email, displayName = "New Worker", role = "CaseWorker" }, Cancellation));
        var token = created.GetProperty("activationToken").GetString()!;
        Assert.StartsWith("/activate?token=", created.GetProperty("activationPath").GetString(), StringComparison.Ordinal);
        using var owner = App.CreateAnonymousClient();

        var weak = await owner.PostAsJsonAsync("/api/v1/staff-activation", new { token, password = "short" }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var activated = await owner.PostAsJsonAsync("/api/v1/staff-activation", new { token, password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, activated.StatusCode);
        var again = await owner.PostAsJsonAsync("/api/v1/staff-activation", new { token, password = "another good long password" }, Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);

        var signIn = await owner.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.DoesNotContain(token, await App.WithServicesAsync(async s =>
            string.Join(" ", await s.GetRequiredService<Casewell.Data.CasewellDbContext>().AuditEntries.Select(a => a.Details ?? "").ToListAsync(Cancellation))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_activation_link_does_not_work_and_a_new_one_replaces_it()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var email = $"late-{Guid.CreateVersion7():N}@agency.example.org";
        var created = await JsonAsync(await administrator.PostAsJsonAsync("/api/v1/staff", new { email, displayName = "Late Worker", role = "CaseWorker" }, Cancellation));
        var id = created.GetProperty("id").GetGuid();
        var token = created.GetProperty("activationToken").GetString()!;
        await App.WithServicesAsync(s => s.GetRequiredService<Casewell.Data.CasewellDbContext>().StaffUsers.Where(u => u.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.ActivationExpiresAt, DateTimeOffset.UnixEpoch), Cancellation));
        using var owner = App.CreateAnonymousClient();

        var expired = await owner.PostAsJsonAsync("/api/v1/staff-activation", new { token, password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.StatusCode);
        var page = await owner.GetStringAsync($"/activate?token={token}", Cancellation);
        Assert.Contains("data-testid=\"activation-invalid\"", page, StringComparison.Ordinal);

        var reissued = await JsonAsync(await administrator.PostAsync($"/api/v1/staff/{id}/activation", null, Cancellation));
        var fresh = reissued.GetProperty("activationToken").GetString()!;
        Assert.NotEqual(token, fresh);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsJsonAsync("/api/v1/staff-activation", new { token = fresh, password = CasewellApp.Password }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await administrator.PostAsync($"/api/v1/staff/{id}/activation", null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task The_activation_page_sets_the_password()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var email = $"page-{Guid.CreateVersion7():N}@agency.example.org";
        var created = await JsonAsync(await administrator.PostAsJsonAsync("/api/v1/staff", new { email, displayName = "Page Worker", role = "CaseWorker" }, Cancellation));
        var path = created.GetProperty("activationPath").GetString()!;
        using var owner = App.CreateAnonymousClient();
        var html = await owner.GetStringAsync(path, Cancellation);
        Assert.Contains(email, html, StringComparison.Ordinal);

        var inputs = HtmlForm.Inputs(html);
        inputs["Form.Password"] = CasewellApp.Password;
        var posted = await owner.PostAsync(path, new FormUrlEncodedContent(inputs), Cancellation);
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK, $"answered {(int)posted.StatusCode}");

        var signIn = await owner.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Every_grant_that_opens_case_content_appears_in_the_review_queue()
    {
        using var world = await CaseWorld.CreateAsync(App);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var worker = await world.AddWorkerAsync();
        var manager = await world.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", teamId: Guid.Empty);
        await world.ManageProgramAsync(manager);

        Assert.Equal(["RoleGranted", "TeamSupervisorAdded"], (await QueueAsync(auditor, world.Supervisor.Id)).Select(i => i.GetProperty("kind").GetString()).Order());
        Assert.Equal(["RoleGranted", "TeamMemberAdded"], (await QueueAsync(auditor, worker.Id)).Select(i => i.GetProperty("kind").GetString()).Order());
        Assert.Equal(["ProgramManagerAdded", "RoleGranted"], (await QueueAsync(auditor, manager.Id)).Select(i => i.GetProperty("kind").GetString()).Order());
        Assert.Empty(await QueueAsync(auditor, world.Administrator.Id));
        var supervision = (await QueueAsync(auditor, world.Supervisor.Id)).Single(i => i.GetProperty("kind").GetString() == "TeamSupervisorAdded");
        Assert.Equal(world.Administrator.Name, supervision.GetProperty("raisedByName").GetString());
    }

    [Fact]
    public async Task Marking_an_item_reviewed_keeps_the_note_once_and_is_audited()
    {
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var (subject, _) = await App.CreateStaffAsync(StaffRole.CaseWorker);
        var item = (await QueueAsync(auditor, subject)).Single();
        var itemId = item.GetProperty("id").GetGuid();

        var empty = await auditor.PostAsJsonAsync($"/api/v1/privacy-review/{itemId}/review", new { note = " " }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var reviewed = await auditor.PostAsJsonAsync($"/api/v1/privacy-review/{itemId}/review", new { note = "Hired by the CPS team; confirmed with HR." }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, reviewed.StatusCode);
        var twice = await auditor.PostAsJsonAsync($"/api/v1/privacy-review/{itemId}/review", new { note = "Again" }, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var after = (await QueueAsync(auditor, subject)).Single();
        Assert.Equal("Hired by the CPS team; confirmed with HR.", after.GetProperty("reviewNote").GetString());
        var open = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/privacy-review?pageSize=100", Cancellation);
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == itemId);
        var trail = await auditor.GetStringAsync("/api/v1/audit?pageSize=200", Cancellation);
        Assert.Contains(JsonDocument.Parse(trail).RootElement.EnumerateArray(),
            l => l.GetProperty("action").GetString() == "PrivacyReviewItem.Updated" && l.GetProperty("entityId").GetString() == itemId.ToString());
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.CaseWorker)]
    public async Task Nobody_but_an_auditor_sees_the_review_queue(StaffRole role)
    {
        using var someone = await App.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/api/v1/privacy-review", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await someone.PostAsJsonAsync($"/api/v1/privacy-review/{Guid.CreateVersion7()}/review", new { note = "x" }, Cancellation)).StatusCode);
        var page = await someone.GetAsync("/privacy-review", Cancellation);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("review-count", await (await someone.GetAsync("/", Cancellation)).Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auditor_sees_the_count_in_the_navigation_and_reviews_on_the_queue_page()
    {
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var (subject, _) = await App.CreateStaffAsync(StaffRole.Supervisor, "Quinn Queue");

        var html = await auditor.GetStringAsync("/privacy-review", Cancellation);
        Assert.Contains("data-testid=\"review-count\"", html, StringComparison.Ordinal);
        Assert.Contains("Quinn Queue", html, StringComparison.Ordinal);

        var item = (await QueueAsync(auditor, subject)).Single();
        var inputs = HtmlForm.Inputs(FormNamed(html, $"review-{item.GetProperty("id").GetGuid()}"));
        inputs["note"] = "Expected hire.";
        var posted = await auditor.PostAsync("/privacy-review", new FormUrlEncodedContent(inputs), Cancellation);
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK, $"answered {(int)posted.StatusCode}");
        Assert.Equal("Expected hire.", (await QueueAsync(auditor, subject)).Single().GetProperty("reviewNote").GetString());
    }
}

public sealed class PrivacyReviewTests_on_Sqlite(SqliteApp app) : PrivacyReviewTests(app), IClassFixture<SqliteApp>;

public sealed class PrivacyReviewTests_on_Postgres(PostgresApp app) : PrivacyReviewTests(app), IClassFixture<PostgresApp>;
