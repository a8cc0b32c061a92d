using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Consents;

public abstract class ConsentsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static object Consent(string recipient = "Dr. Ana Ruiz", string[]? categories = null, string kind = "Person", string? proceeding = null,
        string? validUntil = null) => new
        {
            recipientKind = kind,
            recipient,
            categories = categories ?? ["Medical", "CaseInformation"],
            purpose = "Coordinating care after discharge",
            validFrom = "2020-01-01",
            validUntil,
            obtained = "SignedInPerson",
            proceeding,
        };

    private static object Release(string to = "Dr. Ana Ruiz", string[]? categories = null, string? proceeding = null, string? courtOrder = null) => new
    {
        recipientName = to,
        categories = categories ?? ["Medical"],
        description = "Discharge summary of 2026-05-02",
        purpose = "Follow-up appointment",
        method = "Fax",
        proceeding,
        courtOrder,
    };

    private async Task<(StaffMember Worker, OpenedTestCase Case)> WorkerWithClientAsync(Guid? caseTypeId = null)
    {
        var world = await CaseWorld.CreateAsync(App);
        return await world.AddWorkerWithOpenCaseAsync(caseTypeId);
    }

    private static async Task<Guid> RecordConsentAsync(HttpClient http, Guid clientId, object consent) =>
        (await CreatedAsync(await http.PostAsJsonAsync($"/api/v1/clients/{clientId}/consents", consent, Cancellation))).GetProperty("id").GetGuid();

    private static async Task<JsonElement> AccountingAsync(HttpClient http, Guid clientId)
    {
        var response = await http.GetAsync($"/api/v1/clients/{clientId}/disclosures/accounting", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private Task<List<string>> ActionsOnAsync(Guid clientId) => App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
        .Where(e => e.ClientId == clientId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancellation));

    [Fact]
    public async Task A_recorded_consent_is_listed_and_the_listing_is_audited()
    {
        var (worker, @case) = await WorkerWithClientAsync();

        var id = await RecordConsentAsync(worker.Http, @case.ClientId, Consent(validUntil: "2030-12-31"));
        var list = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{@case.ClientId}/consents", Cancellation);

        var consent = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, consent.GetProperty("id").GetGuid());
        Assert.Equal(["Medical", "CaseInformation"], consent.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Order().Reverse());
        Assert.Equal("2030-12-31", consent.GetProperty("validUntil").GetString());
        Assert.Contains(AuditAction.ConsentsViewed.Name, await ActionsOnAsync(@case.ClientId));
    }

    [Fact]
    public async Task A_consent_without_categories_or_ending_before_it_starts_is_refused_naming_the_fields()
    {
        var (worker, @case) = await WorkerWithClientAsync();

        var response = await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/consents", new
        {
            recipientKind = "Person",
            recipient = "Dr. Ana Ruiz",
            categories = Array.Empty<string>(),
            purpose = "x",
            validFrom = "2026-02-01",
            validUntil = "2026-01-01",
            obtained = "Electronic",
        }, Cancellation);

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Categories", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("ValidUntil", out _), errors.ToString());
    }

    [Fact]
    public async Task A_signed_form_must_be_a_pdf_png_or_jpeg_of_at_most_640_KB_and_is_downloaded_as_sent()
    {
        var (worker, @case) = await WorkerWithClientAsync();
        var id = await RecordConsentAsync(worker.Http, @case.ClientId, Consent());
        var form = $"/api/v1/clients/{@case.ClientId}/consents/{id}/form";
        static ByteArrayContent Body(byte[] bytes, string type)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            return content;
        }

        // An executable declared as a PDF is told by its bytes.
        var wrongType = await worker.Http.PutAsync(form, Body([0x4D, 0x5A, 0x90, 0x00, 0x03], "application/pdf"), Cancellation);
        var tooBig = await worker.Http.PutAsync(form, Body([.. "%PDF-1.7\n"u8, .. new byte[640 * 1024]], "application/pdf"), Cancellation);
        var pdf = "%PDF-1.7\n%signed\n"u8.ToArray();
        var accepted = await worker.Http.PutAsync(form, Body(pdf, "application/pdf"), Cancellation);
        var replaced = await worker.Http.PutAsync(form, Body(pdf, "application/pdf"), Cancellation);
        var download = await worker.Http.GetAsync(form, Cancellation);

        Assert.True((await ProblemAsync(wrongType, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Form", out _));
        Assert.True((await ProblemAsync(tooBig, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Form", out _));
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        await ProblemAsync(replaced, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Contains(AuditAction.ConsentFormDownloaded.Name, await ActionsOnAsync(@case.ClientId));
    }

    [Fact]
    public async Task After_a_revocation_a_disclosure_is_refused_with_422_and_the_reason()
    {
        var (worker, @case) = await WorkerWithClientAsync();
        var id = await RecordConsentAsync(worker.Http, @case.ClientId, Consent());
        var disclosures = $"/api/v1/clients/{@case.ClientId}/disclosures";
        await CreatedAsync(await worker.Http.PostAsJsonAsync(disclosures, Release(), Cancellation));

        await Succeeds(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/consents/{id}/revocation",
            new { method = "InWriting", note = "Letter of 2026-06-01" }, Cancellation));
        var check = await (await worker.Http.PostAsJsonAsync($"{disclosures}/check", Release(), Cancellation)).Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var refused = await worker.Http.PostAsJsonAsync(disclosures, Release(), Cancellation);
        var again = await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/consents/{id}/revocation", new { method = "Verbal" }, Cancellation);

        Assert.False(check.GetProperty("covered").GetBoolean());
        Assert.Equal("Revoked", check.GetProperty("refusal").GetString());
        var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        await ProblemAsync(again, HttpStatusCode.UnprocessableEntity);
        Assert.Single((await AccountingAsync(worker.Http, @case.ClientId)).EnumerateArray());
        var actions = await ActionsOnAsync(@case.ClientId);
        Assert.Contains(AuditAction.InformationDisclosed.Name, actions);
        Assert.Contains(AuditAction.DisclosureRefused.Name, actions);
    }

    [Fact]
    public async Task The_accounting_lists_exactly_the_clients_disclosures_as_JSON_and_as_CSV()
    {
        var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var other = await world.CaseOfAsync(worker, opened: true);
        await RecordConsentAsync(worker.Http, @case.ClientId, Consent());
        await RecordConsentAsync(worker.Http, other.ClientId, Consent());
        var first = (await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/disclosures", Release(), Cancellation)))
            .GetProperty("id").GetGuid();
        var second = (await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/disclosures",
            Release(categories: ["CaseInformation"]), Cancellation))).GetProperty("id").GetGuid();
        await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{other.ClientId}/disclosures", Release(), Cancellation));

        var accounting = await AccountingAsync(worker.Http, @case.ClientId);
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clients/{@case.ClientId}/disclosures/accounting");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await worker.Http.SendAsync(csvRequest, Cancellation);

        Assert.Equal([second, first], accounting.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        var line = accounting[1];
        Assert.Equal("Dr. Ana Ruiz", line.GetProperty("recipientName").GetString());
        Assert.Equal("Consent", line.GetProperty("authority").GetString());
        Assert.Equal(worker.Name, line.GetProperty("disclosedByName").GetString());
        Assert.Equal("Follow-up appointment", line.GetProperty("purpose").GetString());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync(Cancellation)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("Disclosed at (UTC),Recipient", rows[0], StringComparison.Ordinal);
        Assert.Contains("Discharge summary of 2026-05-02", rows[2], StringComparison.Ordinal);
        var actions = await ActionsOnAsync(@case.ClientId);
        Assert.Contains(AuditAction.DisclosureAccountingViewed.Name, actions);
        Assert.Contains(AuditAction.DisclosureAccountingExported.Name, actions);
    }

    [Fact]
    public async Task A_proceeding_against_the_client_needs_a_court_order_or_a_consent_naming_it()
    {
        var (worker, @case) = await WorkerWithClientAsync();
        await RecordConsentAsync(worker.Http, @case.ClientId, Consent("County Court", ["CaseInformation"]));
        var disclosures = $"/api/v1/clients/{@case.ClientId}/disclosures";

        var refused = await worker.Http.PostAsJsonAsync(disclosures, Release("County Court", ["CaseInformation"], proceeding: "State v. Client, 2026-CR-9"), Cancellation);
        var ordered = await worker.Http.PostAsJsonAsync(disclosures,
            Release("County Court", ["CaseInformation"], proceeding: "State v. Client, 2026-CR-9", courtOrder: "Order of Judge Park, 2026-06-01"), Cancellation);

        Assert.Contains("court order or a consent that names the proceeding", await ReasonOfAsync(refused), StringComparison.Ordinal);
        await CreatedAsync(ordered);
        var line = Assert.Single((await AccountingAsync(worker.Http, @case.ClientId)).EnumerateArray());
        Assert.Equal("CourtOrder", line.GetProperty("authority").GetString());
        Assert.Equal("Order of Judge Park, 2026-06-01", line.GetProperty("courtOrder").GetString());
    }

    [Fact]
    public async Task Case_records_of_a_Part_2_case_type_need_a_consent_naming_substance_use_treatment_and_carry_the_notice()
    {
        var world = await CaseWorld.CreateAsync(App);
        var part2 = (await CreatedAsync(await world.Administrator.Http.PostAsJsonAsync("/api/v1/case-types", new
        {
            code = $"SUD{Guid.CreateVersion7().ToString("N")[^6..]}",
            name = "Outpatient treatment",
            loadWeight = 1.0,
        }, Cancellation))).GetProperty("id").GetGuid();
        await Succeeds(await world.Administrator.Http.PutAsJsonAsync($"/api/v1/case-types/{part2}/part2", new { isPart2 = true }, Cancellation));
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(part2);
        await RecordConsentAsync(worker.Http, @case.ClientId, Consent(categories: ["CaseInformation", "Medical"]));
        var disclosures = $"/api/v1/clients/{@case.ClientId}/disclosures";

        var refused = await worker.Http.PostAsJsonAsync(disclosures, Release(categories: ["CaseInformation"]), Cancellation);
        await RecordConsentAsync(worker.Http, @case.ClientId, Consent(categories: ["CaseInformation", "SubstanceUseTreatment"]));
        await CreatedAsync(await worker.Http.PostAsJsonAsync(disclosures, Release(categories: ["CaseInformation"]), Cancellation));

        Assert.Contains("42 CFR Part 2", await ReasonOfAsync(refused), StringComparison.Ordinal);
        var line = Assert.Single((await AccountingAsync(worker.Http, @case.ClientId)).EnumerateArray());
        Assert.True(line.GetProperty("isPart2").GetBoolean());
        Assert.Contains("SubstanceUseTreatment", line.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("42 CFR", line.GetProperty("redisclosureNotice").GetString(), StringComparison.Ordinal);
        var types = await world.Administrator.Http.GetFromJsonAsync<JsonElement>("/api/v1/case-types", Cancellation);
        Assert.True(types.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == part2).GetProperty("isPart2").GetBoolean());
    }

    [Fact]
    public async Task Only_the_working_roles_see_consents_and_auditors_read_only_the_accounting()
    {
        var (worker, @case) = await WorkerWithClientAsync();
        await RecordConsentAsync(worker.Http, @case.ClientId, Consent());
        var consents = $"/api/v1/clients/{@case.ClientId}/consents";
        var accounting = $"/api/v1/clients/{@case.ClientId}/disclosures/accounting";
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        using var partner = await App.SignedInAsync(StaffRole.Partner);

        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync(consents, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync(accounting, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(consents, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync(consents, Consent(), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(accounting, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await intake.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/disclosures", Release(), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync(accounting, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync($"/api/v1/clients/{Guid.CreateVersion7()}/consents", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"/api/v1/clients/{Guid.CreateVersion7()}/disclosures/accounting", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync($"{consents}/{Guid.CreateVersion7()}/form", Cancellation)).StatusCode);
    }

    private static async Task<string> ReasonOfAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString() ?? "";
}

public sealed class ConsentsApiTests_on_Sqlite(SqliteApp app) : ConsentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ConsentsApiTests_on_Postgres(PostgresApp app) : ConsentsApiTests(app), IClassFixture<PostgresApp>;
