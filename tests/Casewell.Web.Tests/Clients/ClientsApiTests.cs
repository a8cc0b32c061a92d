using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Casewell.Identity;

namespace Casewell.Web.Tests.Clients;

public abstract class ClientsApiTests(CasewellApp app) : IntegrationTest(app)
{
    // Unique surnames per test: the fixture's database is shared by the tests of one class.
    private static string Surname(string stem) => stem + RandomNumberGenerator.GetHexString(6, lowercase: true);

    private static object Client(string first, string last, string? birth, string? ssn = null, bool confirmed = false) => new
    {
        details = new { legalName = new { first, last }, birthDate = birth, veteranStatus = "Unknown" },
        identifiers = ssn is null ? Array.Empty<object>() : [new { kind = "SocialSecurityNumber", value = ssn }],
        confirmedNewPerson = confirmed,
    };

    private static async Task<Guid> RegisterAsync(HttpClient http, object client)
    {
        var response = await http.PostAsJsonAsync("/api/v1/clients", client, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return body.RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_second_registration_of_the_same_person_is_held_back_with_ranked_candidates_and_reasons()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        var last = Surname("Johnson");
        var first = await RegisterAsync(intake, Client("William", last, "1984-03-12"));

        var response = await intake.PostAsJsonAsync("/api/v1/clients", Client("Bill", last, "1984-12-03"), Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var candidate = problem.RootElement.GetProperty("candidates")[0];
        Assert.Equal(first, candidate.GetProperty("clientId").GetGuid());
        var reasons = candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(reasons, r => r!.Contains("Bill", StringComparison.Ordinal));

        var confirmed = await RegisterAsync(intake, Client("Bill", last, "1984-12-03", confirmed: true));
        Assert.NotEqual(first, confirmed);
    }

    [Fact]
    public async Task The_same_identifier_finds_a_person_registered_under_another_name()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        var existing = await RegisterAsync(intake, Client("Rosa", Surname("Diaz"), "1970-01-02", ssn: "219-09-9999"));

        var response = await intake.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", Client("R", Surname("Other"), null, ssn: "219099999"), Cancellation);

        var candidates = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        Assert.Equal(existing, candidates[0].GetProperty("clientId").GetGuid());
    }

    [Fact]
    public async Task A_misspelled_name_still_finds_the_client_and_the_profile_masks_the_SSN()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);
        var last = Surname("Thompson");
        var id = await RegisterAsync(worker, Client("Katherine", last, "1991-07-04", ssn: "123-45-6789"));

        var search = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q=Catherine%20{last.Replace("Thompson", "Tomson", StringComparison.Ordinal)}", Cancellation);
        Assert.Contains(search.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        var profile = await worker.GetStringAsync($"/api/v1/clients/{id}", Cancellation);
        Assert.Contains("***-**-6789", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("123-45-6789", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_with_a_stale_version_is_refused_and_the_first_edit_is_kept_in_history()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);
        var last = Surname("Nguyen");
        var id = await RegisterAsync(worker, Client("Lan", last, "2001-02-03"));
        var get = await worker.GetAsync($"/api/v1/clients/{id}", Cancellation);
        var etag = get.Headers.ETag!.Tag;

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{id}")
        {
            Content = JsonContent.Create(new { details = new { legalName = new { first = "Lan", last = last + "-Tran" }, birthDate = "2001-02-03", veteranStatus = "Unknown" } }),
        };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.SendAsync(first, Cancellation)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{id}")
        {
            Content = JsonContent.Create(new { details = new { legalName = new { first = "Lana", last }, birthDate = "2001-02-03", veteranStatus = "Unknown" } }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.SendAsync(stale, Cancellation)).StatusCode);

        var profile = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}", Cancellation);
        Assert.Equal(last + "-Tran", profile.GetProperty("details").GetProperty("legalName").GetProperty("last").GetString());
        Assert.Contains(profile.GetProperty("recentChanges").EnumerateArray(), c => c.GetProperty("field").GetString() == "Last name");
    }

    [Fact]
    public async Task Household_members_and_collaterals_appear_on_the_profile()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);
        var child = await RegisterAsync(worker, Client("Mia", Surname("Smith"), "2018-05-05"));
        var mother = await RegisterAsync(worker, Client("Ellen", Surname("Smith"), "1988-08-08"));

        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/v1/clients/{child}/relationships",
            new { type = "Parent", relatedClientId = mother, livesInHousehold = true }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/v1/clients/{child}/relationships",
            new { type = "Grandparent", relatedPersonName = "Dora Smith", relatedPersonPhone = "555-0142" }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/v1/clients/{child}/collaterals",
            new { name = "Ms. Patel", role = "Teacher", organization = "Lincoln Elementary" }, Cancellation)).StatusCode);

        var childProfile = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{child}", Cancellation);
        Assert.Equal(2, childProfile.GetProperty("household").GetArrayLength());
        Assert.Equal("Teacher", childProfile.GetProperty("collaterals")[0].GetProperty("role").GetString());
        var motherProfile = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{mother}", Cancellation);
        Assert.Equal("Child", motherProfile.GetProperty("household")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_unknown_ids_get_404_never_500()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);

        var invalid = await worker.PostAsJsonAsync("/api/v1/clients", Client(new string('x', 101), "", "2999-01-01"), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Cancellation)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("LegalName.First", out _));
        Assert.True(errors.TryGetProperty("LegalName.Last", out _));
        Assert.True(errors.TryGetProperty("BirthDate", out _));

        var badDate = await worker.PostAsync("/api/v1/clients", new StringContent("{\"details\":{\"legalName\":{\"first\":\"A\",\"last\":\"B\"},\"birthDate\":\"1999-99-03\"}}", System.Text.Encoding.UTF8, "application/json"), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/clients/{Guid.CreateVersion7()}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/api/v1/clients/not-a-guid", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.Partner)]
    public async Task Roles_without_casework_cannot_search_or_open_clients(StaffRole role)
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);
        var id = await RegisterAsync(worker, Client("Hidden", Surname("Person"), "1960-06-06", confirmed: true));
        using var other = await App.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/clients/{id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/clients?q=Hidden", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task An_auditor_sees_who_viewed_a_client_in_the_trail()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);
        var id = await RegisterAsync(worker, Client("Viewed", Surname("Often"), "1975-05-05"));
        await worker.GetStringAsync($"/api/v1/clients/{id}", Cancellation);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);

        var trail = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?clientId={id}", Cancellation);

        var actions = trail.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("Client.Viewed", actions);
        Assert.Contains("Client.Created", actions);
    }
}

public sealed class ClientsApiTests_on_Sqlite(SqliteApp app) : ClientsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ClientsApiTests_on_Postgres(PostgresApp app) : ClientsApiTests(app), IClassFixture<PostgresApp>;
