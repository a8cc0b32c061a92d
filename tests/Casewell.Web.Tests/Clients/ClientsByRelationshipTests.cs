using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Clients;

/// <summary>
/// A client's record is reached through work on it (decision record 0018): others who register clients find the person,
/// but only as a name, a birth date and whom to ask; the profile answers 403 Client.NoRelationship.
/// </summary>
public abstract class ClientsByRelationshipTests(CasewellApp app) : IntegrationTest(app)
{
    private const string Street = "12 Hidden Lane";
    private const string Phone = "555-0199";
    private const string City = "Quietville";

    /// <summary>A client with an address, a phone and an identifier, on a case of a worker of the world's team.</summary>
    private static async Task<(StaffMember Worker, OpenedTestCase Case)> ClientWithRecordAsync(CaseWorld world, string last)
    {
        var worker = await world.AddWorkerAsync("Wren Worker");
        var created = await CaseHttp.CreatedAsync(await world.Supervisor.Http.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new
            {
                legalName = new { first = "Robin", last },
                birthDate = "1980-04-05",
                phone = Phone,
                address = new { line1 = Street, city = City, state = "VT", postalCode = "05401" },
                veteranStatus = "Unknown",
            },
            identifiers = new[] { new { kind = "SocialSecurityNumber", value = "219-09-8765" } },
            confirmedNewPerson = true,
        }, Cancellation));
        var clientId = created.GetProperty("id").GetGuid();
        var opened = await CaseHttp.CreatedAsync(await world.Supervisor.Http.PostAsJsonAsync("/api/v1/cases", world.Referral(clientId, teamId: world.TeamId), Cancellation));
        var caseId = opened.GetProperty("caseId").GetGuid();
        await world.AssignAsync(caseId, worker.Id);
        return (worker, new OpenedTestCase(caseId, opened.GetProperty("caseNumber").GetString()!, world.TeamId, clientId, $"Robin {last}"));
    }

    private static void ShowsNothingOfTheRecord(string json)
    {
        Assert.DoesNotContain(Street, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, json, StringComparison.Ordinal);
        Assert.DoesNotContain(City, json, StringComparison.Ordinal);
        Assert.DoesNotContain("8765", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_of_another_team_is_refused_the_profile_with_whom_to_ask()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await ClientWithRecordAsync(world, "Refused" + Guid.CreateVersion7().ToString("N")[..8]);
        var stranger = await world.AddWorkerAsync("Sasha Stranger", await world.AddTeamAsync("Other team"));

        var response = await stranger.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Client.NoRelationship", problem.GetProperty("code").GetString());
        Assert.Contains(worker.Name, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/clients/{@case.ClientId}/emergency-access", problem.GetProperty("emergencyAccess").GetString(), StringComparison.Ordinal);
        ShowsNothingOfTheRecord(body);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Search_shows_a_worker_of_another_team_only_the_recognition_view()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var last = "Recognised" + Guid.CreateVersion7().ToString("N")[..8];
        var (worker, @case) = await ClientWithRecordAsync(world, last);
        var stranger = await world.AddWorkerAsync("Sasha Stranger", await world.AddTeamAsync("Other team"));

        var json = await stranger.Http.GetStringAsync($"/api/v1/clients?q=Robin%20{last}", Cancellation);

        var row = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetGuid() == @case.ClientId);
        Assert.Equal("Recognition", row.GetProperty("view").GetString());
        Assert.False(row.TryGetProperty("city", out _), "a recognition row shows no city");
        Assert.Equal("1980-04-05", row.GetProperty("birthDate").GetString());
        var knownIn = Assert.Single(row.GetProperty("knownIn").EnumerateArray());
        Assert.Equal(worker.Name, knownIn.GetProperty("contact").GetString());
        ShowsNothingOfTheRecord(json);

        var own = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q=Robin%20{last}", Cancellation);
        var ownRow = Assert.Single(own.GetProperty("results").EnumerateArray());
        Assert.Equal(("Profile", City), (ownRow.GetProperty("view").GetString(), ownRow.GetProperty("city").GetString()));
    }

    [Fact]
    public async Task The_duplicate_check_shows_a_worker_of_another_team_only_the_recognition_view()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var last = "Duplicate" + Guid.CreateVersion7().ToString("N")[..8];
        var (_, @case) = await ClientWithRecordAsync(world, last);
        var stranger = await world.AddWorkerAsync("Sasha Stranger", await world.AddTeamAsync("Other team"));

        var response = await stranger.Http.PostAsJsonAsync("/api/v1/clients/duplicate-candidates",
            new { details = new { legalName = new { first = "Robin", last }, birthDate = "1980-04-05", veteranStatus = "Unknown" } }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(Cancellation);
        var candidate = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray(), c => c.GetProperty("clientId").GetGuid() == @case.ClientId);
        Assert.Equal("Recognition", candidate.GetProperty("view").GetString());
        Assert.False(candidate.TryGetProperty("city", out _), "a recognition candidate shows no city");
        ShowsNothingOfTheRecord(json);
    }

    [Fact]
    public async Task The_registrar_reads_the_record_until_a_case_is_assigned()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ida Intake", Guid.Empty);
        var client = await world.RegisterClientAsync(intake);
        Assert.Equal(HttpStatusCode.OK, (await intake.Http.GetAsync($"/api/v1/clients/{client.Id}", Cancellation)).StatusCode);

        var opened = await CaseHttp.CreatedAsync(await intake.Http.PostAsJsonAsync("/api/v1/cases", world.Referral(client.Id, teamId: world.TeamId), Cancellation));
        Assert.Equal(HttpStatusCode.OK, (await intake.Http.GetAsync($"/api/v1/clients/{client.Id}", Cancellation)).StatusCode);
        var worker = await world.AddWorkerAsync();
        await world.AssignAsync(opened.GetProperty("caseId").GetGuid(), worker.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await intake.Http.GetAsync($"/api/v1/clients/{client.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/clients/{client.Id}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_client_nobody_can_find_answers_404_not_403()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (_, @case) = await ClientWithRecordAsync(world, "Unfound" + Guid.CreateVersion7().ToString("N")[..8]);
        using var manager = await App.SignedInAsync(StaffRole.ProgramManager);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
    }
}

public sealed class ClientsByRelationshipTests_on_Sqlite(SqliteApp app) : ClientsByRelationshipTests(app), IClassFixture<SqliteApp>;

public sealed class ClientsByRelationshipTests_on_Postgres(PostgresApp app) : ClientsByRelationshipTests(app), IClassFixture<PostgresApp>;
