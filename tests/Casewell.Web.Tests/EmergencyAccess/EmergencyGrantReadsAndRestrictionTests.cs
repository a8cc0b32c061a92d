using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.EmergencyAccess;

/// <summary>
/// What an emergency grant leaves behind: each read through it is an action of its own, found in the auditor's
/// emergency access group; and the holder's list of grants does not name a client restricted from them since.
/// </summary>
public abstract class EmergencyGrantReadsAndRestrictionTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<Guid> GrantAsync(HttpClient http, Guid clientId)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/clients/{clientId}/emergency-access",
            new { reason = "Police on the phone: the client is missing and may be in danger." }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("grantId").GetGuid();
    }

    private static async Task<List<JsonElement>> TrailAsync(HttpClient auditor, string query)
    {
        var response = await auditor.GetAsync("/api/v1/audit?" + query, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).EnumerateArray()];
    }

    [Fact]
    public async Task A_profile_opened_through_a_grant_is_in_the_auditor_s_emergency_access_group_as_a_read_of_its_own()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.OpenCaseAsync();
        var holder = await world.AddWorkerAsync("Sasha Stranger", await world.AddTeamAsync("Other team"));
        var grantId = await GrantAsync(holder.Http, @case.ClientId);

        Assert.Equal(HttpStatusCode.OK, (await holder.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
        var (auditor, _) = await App.SignedInWithIdAsync(StaffRole.Auditor);

        var emergency = await TrailAsync(auditor, $"actorId={holder.Id}&group=EmergencyAccess&pageSize=200");
        var read = Assert.Single(emergency, l => l.GetProperty("action").GetString() == AuditAction.EmergencyClientViewed.Name);
        Assert.Equal(@case.ClientId, read.GetProperty("clientId").GetGuid());
        Assert.Contains(grantId.ToString(), read.GetProperty("details").GetString(), StringComparison.Ordinal);
        // It is a read too, and the holder made no ordinary view of the profile.
        var reads = await TrailAsync(auditor, $"actorId={holder.Id}&group=Reads&pageSize=200");
        Assert.Contains(reads, l => l.GetProperty("action").GetString() == AuditAction.EmergencyClientViewed.Name);
        Assert.DoesNotContain(reads, l => l.GetProperty("action").GetString() == AuditAction.ClientViewed.Name);
    }

    [Fact]
    public async Task A_client_restricted_after_the_grant_is_not_named_in_the_holder_s_list_of_grants()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var restrictedLater = await world.OpenCaseAsync();
        var stillOpen = await world.OpenCaseAsync();
        var holder = await world.AddWorkerAsync("Sasha Stranger", await world.AddTeamAsync("Other team"));
        var hiddenGrant = await GrantAsync(holder.Http, restrictedLater.ClientId);
        var shownGrant = await GrantAsync(holder.Http, stillOpen.ClientId);
        var before = await holder.Http.GetStringAsync("/api/v1/emergency-access", Cancellation);
        Assert.Contains(restrictedLater.ClientName, before, StringComparison.Ordinal);

        var restricted = await world.Supervisor.Http.PutAsJsonAsync($"/api/v1/clients/{restrictedLater.ClientId}/restriction",
            new { reason = "DomesticViolence" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);

        var mine = await holder.Http.GetFromJsonAsync<JsonElement>("/api/v1/emergency-access", Cancellation);
        var line = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(shownGrant, line.GetProperty("id").GetGuid());
        var text = mine.ToString();
        Assert.DoesNotContain(restrictedLater.ClientName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(restrictedLater.ClientId.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(hiddenGrant.ToString(), text, StringComparison.OrdinalIgnoreCase);
        // The page of the holder's grants says nothing of it either.
        var page = await holder.Http.GetStringAsync("/emergency-access", Cancellation);
        Assert.DoesNotContain(restrictedLater.ClientName, page, StringComparison.Ordinal);
        Assert.Contains(stillOpen.ClientName, page, StringComparison.Ordinal);
    }
}

public sealed class EmergencyGrantReadsAndRestrictionTests_on_Sqlite(SqliteApp app) : EmergencyGrantReadsAndRestrictionTests(app), IClassFixture<SqliteApp>;

public sealed class EmergencyGrantReadsAndRestrictionTests_on_Postgres(PostgresApp app) : EmergencyGrantReadsAndRestrictionTests(app), IClassFixture<PostgresApp>;
