using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Clients;

/// <summary>
/// An exact identifier lookup (search, and the duplicate check with identifiers) is not a free oracle: it answers
/// only for clients the searcher reaches through their work, is limited per person with a review item for the
/// privacy officer, and is audited as a keyed hash with who was shown.
/// </summary>
public abstract class IdentifierLookupTests(CasewellApp app) : IntegrationTest(app)
{
    // The default of Security:IdentifierLookups:PerHour.
    private const int Limit = 30;

    private static string NewSsn() =>
        $"{Random.Shared.Next(100, 665)}-{Random.Shared.Next(10, 99)}-{Random.Shared.Next(1000, 9999)}";

    private static object Client(string last, string? ssn) => new
    {
        details = new { legalName = new { first = "Dana", last }, birthDate = "1980-05-06", veteranStatus = "Unknown" },
        identifiers = ssn is null ? Array.Empty<object>() : [new { kind = "SocialSecurityNumber", value = ssn }],
        confirmedNewPerson = true,
    };

    private static async Task<Guid> RegisterAsync(HttpClient http, string ssn)
    {
        var response = await http.PostAsJsonAsync("/api/v1/clients", Client("Lookup" + RandomNumberGenerator.GetHexString(8, lowercase: true), ssn), Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient http, string q)
    {
        var response = await http.GetAsync($"/api/v1/clients?q={Uri.EscapeDataString(q)}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
    }

    [Fact]
    public async Task A_full_SSN_finds_a_client_only_for_someone_who_reaches_them_through_a_case_or_registered_them()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        using var stranger = await App.SignedInAsync(StaffRole.CaseWorker);
        var ssn = NewSsn();
        var client = await RegisterAsync(intake, ssn);

        Assert.Empty(await SearchAsync(stranger, ssn.Replace("-", "", StringComparison.Ordinal)));
        Assert.Equal([client], await SearchAsync(intake, ssn));
    }

    [Fact]
    public async Task A_worker_assigned_to_the_clients_case_finds_them_by_SSN()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var ssn = NewSsn();
        var client = await RegisterAsync(world.Supervisor.Http, ssn);
        var opened = await world.Supervisor.Http.PostAsJsonAsync("/api/v1/cases", world.Referral(client, teamId: world.TeamId), Cancellation);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("caseId").GetGuid();
        Assert.Empty(await SearchAsync(worker.Http, ssn));

        await world.AssignAsync(caseId, worker.Id);

        Assert.Equal([client], await SearchAsync(worker.Http, ssn));
    }

    [Fact]
    public async Task An_identifier_search_is_audited_as_a_keyed_hash_with_who_was_shown_never_the_number()
    {
        var (intake, intakeId) = await App.SignedInWithIdAsync(StaffRole.IntakeWorker);
        using var _ = intake;
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var ssn = NewSsn();
        var client = await RegisterAsync(intake, ssn);
        var digits = ssn.Replace("-", "", StringComparison.Ordinal);

        await SearchAsync(intake, digits);
        var check = await intake.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", Client("Other", ssn), Cancellation);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);

        var trail = await auditor.GetStringAsync($"/api/v1/audit?actorId={intakeId}", Cancellation);
        Assert.DoesNotContain(digits, trail, StringComparison.Ordinal);
        Assert.DoesNotContain(ssn, trail, StringComparison.Ordinal);
        var lookups = JsonDocument.Parse(trail).RootElement.EnumerateArray()
            .Where(l => l.GetProperty("action").GetString() == "Client.IdentifierLookup").ToList();
        Assert.Equal(2, lookups.Count);
        Assert.All(lookups, l => Assert.Contains(client.ToString(), l.GetProperty("details").GetString(), StringComparison.Ordinal));
        var search = lookups.Single(l => l.GetProperty("details").GetString()!.StartsWith("search", StringComparison.Ordinal));
        Assert.Matches("identifier hash [0-9a-f]{32}", search.GetProperty("details").GetString());
    }

    [Fact]
    public async Task Past_the_limit_identifier_lookups_answer_429_with_Retry_After_and_the_privacy_officer_is_told()
    {
        var (intake, intakeId) = await App.SignedInWithIdAsync(StaffRole.IntakeWorker);
        using var _ = intake;
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);

        for (var i = 0; i < Limit; i++)
        {
            var guess = await intake.GetAsync($"/api/v1/clients?q=28{i % 10}{i:00}4320", Cancellation);
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }
        var refused = await intake.GetAsync("/api/v1/clients?q=289994320", Cancellation);

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));

        // The duplicate check is the same oracle: it shares the limit, while a check by name alone does not count.
        var check = await intake.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", Client("Other", NewSsn()), Cancellation);
        Assert.Equal((HttpStatusCode)429, check.StatusCode);
        var byName = await intake.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", Client("Other", null), Cancellation);
        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await intake.GetAsync("/api/v1/clients?q=Smith", Cancellation)).StatusCode);

        var page = await intake.GetAsync("/clients?q=289994321", Cancellation);
        Assert.Contains("data-testid=\"identifier-limit\"", await page.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var queue = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/privacy-review?pageSize=100", Cancellation);
        var alerts = queue.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("subjectStaffId").GetGuid() == intakeId && i.GetProperty("kind").GetString() == "IdentifierLookupLimitReached").ToList();
        Assert.Single(alerts);
    }

    [Fact]
    public async Task Lookups_sent_all_at_once_cannot_slip_past_the_limit()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);

        var answers = await Task.WhenAll(Enumerable.Range(0, Limit + 10).Select(i => intake.GetAsync($"/api/v1/clients?q=27{i % 10}{i:00}4320", Cancellation)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or (HttpStatusCode)429, $"answered {(int)a.StatusCode}"));
        var answered = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.InRange(answered, 1, Limit);
        // Every lookup answered was counted: exactly the rest of the hour's limit is left, one by one.
        for (var i = answered; i < Limit; i++)
            Assert.Equal(HttpStatusCode.OK, (await intake.GetAsync($"/api/v1/clients?q=26{i % 10}{i:00}4320", Cancellation)).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await intake.GetAsync("/api/v1/clients?q=269994320", Cancellation)).StatusCode);
    }
}

public sealed class IdentifierLookupTests_on_Sqlite(SqliteApp app) : IdentifierLookupTests(app), IClassFixture<SqliteApp>;

public sealed class IdentifierLookupTests_on_Postgres(PostgresApp app) : IdentifierLookupTests(app), IClassFixture<PostgresApp>;
