using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Casewell.Identity;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Cases;

public abstract class CaseTypesApiTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_settings_our_users_work_in_are_there_from_the_start()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);

        var types = await worker.GetFromJsonAsync<JsonElement>("/api/v1/case-types", Cancellation);

        var codes = types.EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "CPS", "APS", "MH", "SU", "HDP", "RE", "AGE", "GEN" }, codes.ToHashSet());
        var cps = types.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "CPS");
        Assert.Equal(30, cps.GetProperty("contactFrequencyDays").GetInt32());
    }

    [Fact]
    public async Task An_administrator_adds_a_case_type_that_intake_can_then_open_cases_with()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ida Intake", Guid.Empty);
        var client = await world.RegisterClientAsync(intake);
        var code = "KIN" + RandomNumberGenerator.GetHexString(4, lowercase: true);

        var created = await world.Administrator.Http.PostAsJsonAsync("/api/v1/case-types",
            new { code, name = $"Kinship care {code}", contactFrequencyDays = 30, contactDescription = "Home visit", loadWeight = 1.4 }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        var opened = await intake.Http.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId = client.Id,
            programId = world.ProgramId,
            caseTypeId = id,
            priority = "Medium",
            referralSource = "Court",
            referralReason = "Placement with grandmother",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var changed = await world.Administrator.Http.PutAsJsonAsync($"/api/v1/case-types/{id}", new { name = $"Kinship care {code}", contactFrequencyDays = 14, contactDescription = "Home visit", loadWeight = 1.6 }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
    }

    [Fact]
    public async Task Impossible_frequencies_and_weights_and_a_taken_code_are_refused_at_their_fields()
    {
        using var admin = await App.SignedInAsync(StaffRole.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/case-types",
            new { code = "CPS", name = "", contactFrequencyDays = 0, loadWeight = -1 }, Cancellation);

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "Code", "Name", "ContactFrequencyDays", "LoadWeight" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        var unknown = await admin.PutAsJsonAsync($"/api/v1/case-types/{Guid.CreateVersion7()}", new { name = "x", loadWeight = 1 }, Cancellation);
        await ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_changed_code_is_refused_at_its_field_and_the_same_code_is_accepted()
    {
        using var admin = await App.SignedInAsync(StaffRole.Administrator);
        var code = "FIX" + RandomNumberGenerator.GetHexString(4, lowercase: true).ToUpperInvariant();
        var id = (await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/case-types", new { code, name = $"Fixed {code}", loadWeight = 1 }, Cancellation)))
            .GetProperty("id").GetGuid();

        var changed = await admin.PutAsJsonAsync($"/api/v1/case-types/{id}", new { code = code + "X", name = $"Fixed {code}", loadWeight = 1 }, Cancellation);
        var same = await admin.PutAsJsonAsync($"/api/v1/case-types/{id}", new { code = code.ToLowerInvariant(), name = $"Fixed {code}", loadWeight = 2 }, Cancellation);

        var errors = (await ProblemAsync(changed, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Code", out _));
        Assert.Equal(HttpStatusCode.NoContent, same.StatusCode);
        var types = await admin.GetFromJsonAsync<JsonElement>("/api/v1/case-types", Cancellation);
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("code").GetString() == code);
    }

    [Theory]
    [InlineData(StaffRole.CaseWorker)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Auditor)]
    public async Task Only_administrators_may_add_case_types(StaffRole role)
    {
        using var http = await App.SignedInAsync(role);

        var response = await http.PostAsJsonAsync("/api/v1/case-types", new { code = "NOPE", name = "Nope", loadWeight = 1 }, Cancellation);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }
}

public sealed class CaseTypesApiTests_on_Sqlite(SqliteApp app) : CaseTypesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CaseTypesApiTests_on_Postgres(PostgresApp app) : CaseTypesApiTests(app), IClassFixture<PostgresApp>;
