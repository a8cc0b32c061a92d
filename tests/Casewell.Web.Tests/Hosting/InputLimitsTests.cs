using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Hosting;

/// <summary>Sizes and page numbers past what anyone sends by hand: refused, or answered empty, never computed around an overflow.</summary>
public abstract class InputLimitsTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_duplicate_check_refuses_a_name_longer_than_registration_allows()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);

        var response = await intake.PostAsJsonAsync("/api/v1/clients/duplicate-candidates", new
        {
            details = new { legalName = new { first = "Robin", last = new string('x', 100_000) }, veteranStatus = "Unknown" },
            aliases = new[] { new { kind = "Alias", first = new string('y', 101), last = "Lee" } },
            identifiers = new[] { new { kind = "StateId", value = new string('9', 65) } },
        }, Cancellation);

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("LegalName.Last", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("Aliases[0].First", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("Identifiers[0].Value", out _), errors.ToString());
    }

    [Fact]
    public async Task A_body_over_a_megabyte_is_refused_before_it_is_read()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        var json = "{\"details\":{\"legalName\":{\"first\":\"Robin\",\"last\":\"" + new string('x', 1_100_000) + "\"}}}";

        var response = await intake.PostAsync("/api/v1/clients/duplicate-candidates", new StringContent(json, Encoding.UTF8, "application/json"), Cancellation);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_search_page_past_the_last_is_refused_not_answered_with_the_first()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var q = Uri.EscapeDataString(@case.ClientName);

        var response = await worker.Http.GetAsync($"/api/v1/clients?q={q}&page=2147483647", Cancellation);

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("page", out _));
    }

    [Fact]
    public async Task A_staff_page_past_the_last_is_empty_not_the_first()
    {
        using var admin = await App.SignedInAsync(StaffRole.Administrator);

        var response = await admin.GetAsync("/api/v1/staff?page=2147483647", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement.GetArrayLength());
    }
}

public sealed class InputLimitsTests_on_Sqlite(SqliteApp app) : InputLimitsTests(app), IClassFixture<SqliteApp>;

public sealed class InputLimitsTests_on_Postgres(PostgresApp app) : InputLimitsTests(app), IClassFixture<PostgresApp>;
