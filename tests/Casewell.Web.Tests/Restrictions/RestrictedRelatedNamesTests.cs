using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Restrictions;

/// <summary>
/// A restricted client named on someone else's record: her abuser's household, and his family case where she is a
/// member. For his worker, who is not on her access list, she is not there at all (name, link, phone, id) on his
/// profile, his case, their API answers and his timeline; for a worker on her list she is.
/// </summary>
public abstract class RestrictedRelatedNamesTests(CasewellApp app) : IntegrationTest(app)
{
    private sealed record Scene(CaseWorld World, StaffMember HisWorker, StaffMember HerWorker, Guid HimId, Guid HerId, string HerLastName, Guid FamilyCaseId);

    private async Task<Scene> SceneAsync()
    {
        var world = await CaseWorld.CreateAsync(App);
        var hisWorker = await world.AddWorkerAsync("Hal Worker");
        var herWorker = await world.AddWorkerAsync("Hera Worker");
        var herLastName = "Sheltered" + System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 8);
        var him = await world.RegisterClientAsync(world.Supervisor);
        var her = await world.RegisterClientAsync(world.Supervisor, herLastName);
        var linked = await world.Supervisor.Http.PostAsJsonAsync($"/api/v1/clients/{him.Id}/relationships",
            new { type = "SpouseOrPartner", relatedClientId = her.Id, livesInHousehold = true }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        var opened = await world.Supervisor.Http.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId = him.Id,
            programId = world.ProgramId,
            teamId = world.TeamId,
            caseTypeId = SeededCaseTypes.General,
            priority = "Medium",
            referralSource = "Self",
            referralReason = "Family support",
            householdMemberIds = new[] { her.Id },
        }, Cancellation);
        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync(Cancellation));
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("caseId").GetGuid();
        await world.AssignAsync(caseId, hisWorker.Id);
        await world.AssignAsync(caseId, herWorker.Id, Casewell.Cases.AssignmentRole.Secondary);
        return new Scene(world, hisWorker, herWorker, him.Id, her.Id, herLastName, caseId);
    }

    private static async Task<string> TextAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private async Task RestrictHerAsync(Scene scene)
    {
        using var officer = await App.SignedInAsync(StaffRole.Auditor);
        var restricted = await officer.PutAsJsonAsync($"/api/v1/clients/{scene.HerId}/restriction",
            new { reason = "DomesticViolence", accessList = new[] { scene.HerWorker.Id } }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);
    }

    private static string[] Places(Scene scene) =>
    [
        $"/clients/{scene.HimId}", $"/api/v1/clients/{scene.HimId}", $"/cases/{scene.FamilyCaseId}", $"/api/v1/cases/{scene.FamilyCaseId}",
        $"/cases/{scene.FamilyCaseId}/timeline", $"/api/v1/cases/{scene.FamilyCaseId}/timeline", $"/cases/{scene.FamilyCaseId}/tasks",
    ];

    [Fact]
    public async Task A_restricted_relative_is_not_named_on_another_clients_profile_case_or_timeline_for_a_reader_not_on_her_list()
    {
        var scene = await SceneAsync();
        using var world = scene.World;
        // Before: his worker sees her on his profile (household) and on the family case (members).
        Assert.Contains(scene.HerLastName, await TextAsync(scene.HisWorker.Http, $"/clients/{scene.HimId}"), StringComparison.Ordinal);
        Assert.Contains(scene.HerLastName, await TextAsync(scene.HisWorker.Http, $"/cases/{scene.FamilyCaseId}"), StringComparison.Ordinal);

        await RestrictHerAsync(scene);

        foreach (var path in Places(scene))
        {
            var text = await TextAsync(scene.HisWorker.Http, path);
            Assert.DoesNotContain(scene.HerLastName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(scene.HerId.ToString(), text, StringComparison.OrdinalIgnoreCase);
        }
        var household = (await scene.HisWorker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{scene.HimId}", Cancellation)).GetProperty("household");
        Assert.Equal(0, household.GetArrayLength());
        var members = (await scene.HisWorker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{scene.FamilyCaseId}", Cancellation)).GetProperty("householdMembers");
        Assert.Equal(0, members.GetArrayLength());
    }

    [Fact]
    public async Task A_reader_on_her_access_list_still_sees_her_named_on_his_record()
    {
        var scene = await SceneAsync();
        using var world = scene.World;

        await RestrictHerAsync(scene);

        Assert.Contains(scene.HerLastName, await TextAsync(scene.HerWorker.Http, $"/clients/{scene.HimId}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"clients/{scene.HerId}\"", await TextAsync(scene.HerWorker.Http, $"/cases/{scene.FamilyCaseId}"), StringComparison.Ordinal);
        var members = (await scene.HerWorker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{scene.FamilyCaseId}", Cancellation)).GetProperty("householdMembers");
        Assert.Equal(scene.HerId, Assert.Single(members.EnumerateArray()).GetProperty("clientId").GetGuid());
    }
}

public sealed class RestrictedRelatedNamesTests_on_Sqlite(SqliteApp app) : RestrictedRelatedNamesTests(app), IClassFixture<SqliteApp>;

public sealed class RestrictedRelatedNamesTests_on_Postgres(PostgresApp app) : RestrictedRelatedNamesTests(app), IClassFixture<PostgresApp>;
