using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Consents;

/// <summary>
/// A worker with no relationship who breaks the glass on a client: the grant shows the consents, flagged and recorded
/// as read through it, but not the signed form (a file outlives the grant's hour), and offers no change. The page and
/// the API say the same.
/// </summary>
public abstract class ConsentsThroughGrantTests(CasewellApp app) : IntegrationTest(app)
{
    private sealed record Scene(CaseWorld World, StaffMember Stranger, Guid ClientId, Guid ConsentId, Guid GrantId);

    private async Task<Scene> SceneAsync()
    {
        var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var recorded = await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/consents", new
        {
            recipientKind = "Organization",
            recipient = "Harbor Clinic",
            categories = new[] { "Medical" },
            purpose = "Coordinating care",
            validFrom = "2020-01-01",
            obtained = "SignedInPerson",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var consentId = (await recorded.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        using var form = new ByteArrayContent("%PDF-1.7\n%signed\n"u8.ToArray());
        form.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        Assert.True((await worker.Http.PutAsync($"/api/v1/clients/{@case.ClientId}/consents/{consentId}/form", form, Cancellation)).IsSuccessStatusCode);

        var stranger = await world.AddStaffAsync(StaffRole.CaseWorker, "Stella Stranger", teamId: Guid.Empty);
        var opened = await stranger.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/emergency-access",
            new { reason = "The client called in crisis and their worker is away." }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var grantId = (await opened.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("grantId").GetGuid();
        return new Scene(world, stranger, @case.ClientId, consentId, grantId);
    }

    [Fact]
    public async Task The_grant_lists_the_consents_flagged_and_recorded_as_through_it()
    {
        var scene = await SceneAsync();
        using var world = scene.World;

        var listed = await scene.Stranger.Http.GetAsync($"/api/v1/clients/{scene.ClientId}/consents", Cancellation);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.StartsWith(scene.GrantId.ToString(), listed.Headers.GetValues("Casewell-Emergency-Access").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Harbor Clinic", await listed.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Empty(await DetailsOfAsync(scene, AuditAction.ConsentsViewed.Name));
        var details = await DetailsOfAsync(scene, AuditAction.EmergencyConsentsViewed.Name);
        Assert.Contains($"through emergency grant {scene.GrantId}", Assert.Single(details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_form_is_not_downloaded_through_a_grant_and_the_attempt_is_recorded()
    {
        var scene = await SceneAsync();
        using var world = scene.World;

        var download = await scene.Stranger.Http.GetAsync($"/api/v1/clients/{scene.ClientId}/consents/{scene.ConsentId}/form", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal("application/problem+json", download.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("%PDF", await download.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Empty(await DetailsOfAsync(scene, AuditAction.ConsentFormDownloaded.Name));
        var refused = await DetailsOfAsync(scene, AuditAction.ClientAccessRefused.Name);
        Assert.Contains(refused, d => d.Contains($"consent form through emergency grant {scene.GrantId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_consents_page_through_a_grant_is_flagged_offers_no_download_and_no_change()
    {
        var scene = await SceneAsync();
        using var world = scene.World;

        var page = await scene.Stranger.Http.GetAsync($"/clients/{scene.ClientId}/consents", Cancellation);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"emergency-banner\"", html, StringComparison.Ordinal);
        Assert.Contains("Harbor Clinic", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"form-not-through-grant\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/consents/{scene.ConsentId}/form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("record-consent", html, StringComparison.Ordinal);
        Assert.DoesNotContain("revoke-consent", html, StringComparison.Ordinal);
        Assert.DoesNotContain("disclosures/new", html, StringComparison.Ordinal);
    }

    /// <summary>The details of the stranger's audit entries of one action on the client.</summary>
    private async Task<List<string>> DetailsOfAsync(Scene scene, string action) =>
        await App.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CasewellDbContext>();
            return await db.AuditEntries.AsNoTracking()
                .Where(e => e.ActorId == scene.Stranger.Id && e.ClientId == scene.ClientId && e.Action == action)
                .Select(e => e.Details ?? "").ToListAsync(Cancellation);
        });
}

public sealed class ConsentsThroughGrantTests_on_Sqlite(SqliteApp app) : ConsentsThroughGrantTests(app), IClassFixture<SqliteApp>;

public sealed class ConsentsThroughGrantTests_on_Postgres(PostgresApp app) : ConsentsThroughGrantTests(app), IClassFixture<PostgresApp>;
