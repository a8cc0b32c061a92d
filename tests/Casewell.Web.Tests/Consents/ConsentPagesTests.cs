using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Consents;

/// <summary>The consents, disclosure and accounting pages, posted as a browser without JavaScript would.</summary>
public abstract class ConsentPagesTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<(string Html, Dictionary<string, string> Inputs)> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        return (html, HtmlForm.Inputs(html));
    }

    /// <summary>Posts a form as multipart, as the consent forms are sent: fields may repeat (the categories), and a file may go with them.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> inputs, string handler,
        IEnumerable<(string Name, string Value)> fields, (string Name, byte[] Content)? file = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(handler), "_handler" },
            { new StringContent(inputs["__RequestVerificationToken"]), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (file is { } f) content.Add(new ByteArrayContent(f.Content), f.Name, "form.bin");
        return await client.PostAsync(path, content, Cancellation);
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal);

    private static (string, string)[] ConsentFields(string recipient = "Harbor Clinic", string validFrom = "2020-01-01", params string[] categories) =>
    [
        ("Record.RecipientKind", "Organization"), ("Record.Recipient", recipient), ("Record.Purpose", "Coordinating care"),
        ("Record.ValidFrom", validFrom), ("Record.ValidUntil", ""), ("Record.Obtained", "SignedInPerson"), ("Record.Proceeding", ""),
        .. (categories.Length == 0 ? ["Medical"] : categories).Select(c => ("ConsentCategories", c)),
    ];

    private static (string, string)[] DisclosureFields(string step, string to = "Harbor Clinic", params string[] categories) =>
    [
        ("Form.RecipientName", to), ("Form.Description", "Discharge summary"), ("Form.Purpose", "Follow-up"), ("Form.Method", "Fax"),
        ("Form.Step", step), .. (categories.Length == 0 ? ["Medical"] : categories).Select(c => ("DisclosureCategories", c)),
    ];

    [Fact]
    public async Task A_worker_records_a_consent_with_its_signed_form_and_sees_it_listed_with_the_download()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/clients/{@case.ClientId}/consents";
        var (empty, inputs) = await OpenAsync(worker.Http, path);
        Assert.Contains("data-testid=\"no-consents\"", empty, StringComparison.Ordinal);

        var pdf = "%PDF-1.7\n%signed\n"u8.ToArray();
        var posted = await PostAsync(worker.Http, path, inputs, "record-consent", ConsentFields(), ("ConsentFile", pdf));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (html, _) = await OpenAsync(worker.Http, Location(posted));
        Assert.Contains("The consent was recorded.", html, StringComparison.Ordinal);
        Assert.Contains("Harbor Clinic", html, StringComparison.Ordinal);
        Assert.Contains(">Active<", html, StringComparison.Ordinal);
        var consent = Assert.Single((await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1{path}", Cancellation)).EnumerateArray());
        var download = $"api/v1/clients/{@case.ClientId}/consents/{consent.GetProperty("id").GetGuid()}/form";
        Assert.Contains($"href=\"{download}\"", html, StringComparison.Ordinal);
        Assert.Equal(pdf, await worker.Http.GetByteArrayAsync("/" + download, Cancellation));
    }

    [Fact]
    public async Task A_consent_without_categories_or_recipient_or_with_a_wrong_file_is_sent_back_with_the_message_at_each_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/clients/{@case.ClientId}/consents";
        var (_, inputs) = await OpenAsync(worker.Http, path);

        var missing = await PostAsync(worker.Http, path, inputs, "record-consent",
            [.. ConsentFields(recipient: "").Where(f => f.Item1 != "ConsentCategories")]);
        var wrongFile = await PostAsync(worker.Http, path, inputs, "record-consent", ConsentFields(), ("ConsentFile", [0x4D, 0x5A, 0x90, 0x00]));

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"field-recipient-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose at least one category of information.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"clients/{@case.ClientId}/consents#field-categories\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongFile.StatusCode);
        Assert.Contains("id=\"field-form-error\"", await wrongFile.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Empty((await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1{path}", Cancellation)).EnumerateArray());
    }

    [Fact]
    public async Task A_disclosure_is_checked_then_recorded_and_shows_in_the_accounting()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var consents = $"/clients/{@case.ClientId}/consents";
        var (_, consentInputs) = await OpenAsync(worker.Http, consents);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker.Http, consents, consentInputs, "record-consent", ConsentFields())).StatusCode);
        var path = $"/clients/{@case.ClientId}/disclosures/new";
        var (form, inputs) = await OpenAsync(worker.Http, path);
        Assert.DoesNotContain("Record the disclosure", form, StringComparison.Ordinal);

        var checkedAnswer = await PostAsync(worker.Http, path, inputs, "disclosure", DisclosureFields("check"));
        var checkedHtml = await checkedAnswer.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("A consent of the client&#x27;s covers this release.", checkedHtml, StringComparison.Ordinal);
        Assert.Contains("Record the disclosure", checkedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"part2-notice\"", checkedHtml, StringComparison.Ordinal);
        var recorded = await PostAsync(worker.Http, path, inputs, "disclosure", DisclosureFields("record"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (accounting, _) = await OpenAsync(worker.Http, Location(recorded));
        Assert.Contains("The disclosure was recorded.", accounting, StringComparison.Ordinal);
        Assert.Contains("Discharge summary", accounting, StringComparison.Ordinal);
        Assert.Contains($"href=\"api/v1/clients/{@case.ClientId}/disclosures/accounting?format=csv\"", accounting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_no_consent_covers_shows_the_reason_at_the_form_and_is_not_recorded()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/clients/{@case.ClientId}/disclosures/new";
        var (_, inputs) = await OpenAsync(worker.Http, path);

        var checkedAnswer = await PostAsync(worker.Http, path, inputs, "disclosure", DisclosureFields("check"));
        var refused = await PostAsync(worker.Http, path, inputs, "disclosure", DisclosureFields("record"));
        var blank = await PostAsync(worker.Http, path, inputs, "disclosure", [.. DisclosureFields("check", to: "").Where(f => f.Item1 != "DisclosureCategories")]);

        var checkedHtml = await checkedAnswer.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("This release is not covered.", checkedHtml, StringComparison.Ordinal);
        Assert.Contains("The client has given no consent to share information.", checkedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Record the disclosure</button>", checkedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"refusal\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("The client has given no consent to share information.", refusedHtml, StringComparison.Ordinal);
        var blankHtml = await blank.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"field-recipientname-error\"", blankHtml, StringComparison.Ordinal);
        Assert.Contains("Choose at least one category of information.", blankHtml, StringComparison.Ordinal);
        Assert.Empty((await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{@case.ClientId}/disclosures/accounting", Cancellation)).EnumerateArray());
    }

    [Fact]
    public async Task Revoking_a_consent_through_the_form_marks_it_revoked_and_the_check_then_gives_that_reason()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var consents = $"/clients/{@case.ClientId}/consents";
        var (_, inputs) = await OpenAsync(worker.Http, consents);
        await PostAsync(worker.Http, consents, inputs, "record-consent", ConsentFields());
        var id = Assert.Single((await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1{consents}", Cancellation)).EnumerateArray()).GetProperty("id").GetGuid();

        var unchosen = await PostAsync(worker.Http, consents, inputs, "revoke-consent", [("Revoke.ConsentId", ""), ("Revoke.Method", "Verbal")]);
        var revoked = await PostAsync(worker.Http, consents, inputs, "revoke-consent",
            [("Revoke.ConsentId", id.ToString()), ("Revoke.Method", "Verbal"), ("Revoke.Note", "Called to withdraw")]);

        Assert.Contains("id=\"field-revoke-consentid-error\"", await unchosen.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var (html, _) = await OpenAsync(worker.Http, Location(revoked));
        Assert.Contains("The consent was revoked.", html, StringComparison.Ordinal);
        Assert.Contains(">Revoked ", html, StringComparison.Ordinal);
        var path = $"/clients/{@case.ClientId}/disclosures/new";
        var (_, formInputs) = await OpenAsync(worker.Http, path);
        var refused = await PostAsync(worker.Http, path, formInputs, "disclosure", DisclosureFields("record"));
        Assert.Contains("The client revoked the consent that named this recipient.", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_records_of_a_Part_2_client_show_the_notice_with_the_answer()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var part2 = (await CreatedAsync(await world.Administrator.Http.PostAsJsonAsync("/api/v1/case-types", new
        {
            code = $"SUD{Guid.CreateVersion7().ToString("N")[^6..]}",
            name = "Outpatient treatment",
            loadWeight = 1.0,
        }, Cancellation))).GetProperty("id").GetGuid();
        await Succeeds(await world.Administrator.Http.PutAsJsonAsync($"/api/v1/case-types/{part2}/part2", new { isPart2 = true }, Cancellation));
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(part2);
        var consents = $"/clients/{@case.ClientId}/consents";
        var (_, consentInputs) = await OpenAsync(worker.Http, consents);
        await PostAsync(worker.Http, consents, consentInputs, "record-consent", ConsentFields("Harbor Clinic", "2020-01-01", "CaseInformation", "SubstanceUseTreatment"));
        var path = $"/clients/{@case.ClientId}/disclosures/new";
        var (_, inputs) = await OpenAsync(worker.Http, path);

        var answer = await PostAsync(worker.Http, path, inputs, "disclosure", DisclosureFields("check", "Harbor Clinic", "CaseInformation"));

        var html = await answer.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"part2-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("42 CFR Part 2 notice", html, StringComparison.Ordinal);
        Assert.Contains("A consent of the client&#x27;s covers this release.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_marks_a_case_type_Part_2_on_the_case_settings_page()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var type = (await CreatedAsync(await world.Administrator.Http.PostAsJsonAsync("/api/v1/case-types", new
        {
            code = $"OTP{Guid.CreateVersion7().ToString("N")[^6..]}",
            name = "Opioid treatment",
            loadWeight = 1.0,
        }, Cancellation))).GetProperty("id").GetGuid();
        var path = "/admin/case-settings";
        var (_, inputs) = await OpenAsync(world.Administrator.Http, path);

        var unchosen = await PostAsync(world.Administrator.Http, path, inputs, "part2-case-type", [("TypeMark.Id", ""), ("TypeMark.IsPart2", "true")]);
        var marked = await PostAsync(world.Administrator.Http, path, inputs, "part2-case-type", [("TypeMark.Id", type.ToString()), ("TypeMark.IsPart2", "true")]);

        Assert.Contains("id=\"field-part2casetype-error\"", await unchosen.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var types = await world.Administrator.Http.GetFromJsonAsync<JsonElement>("/api/v1/case-types", Cancellation);
        Assert.True(types.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == type).GetProperty("isPart2").GetBoolean());
        var (html, _) = await OpenAsync(world.Administrator.Http, path);
        Assert.Contains("Case type: Opioid treatment", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_client_gives_the_not_found_page_roles_without_the_ability_are_refused_and_auditors_read_only_the_accounting()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var client = $"/clients/{@case.ClientId}";
        var unknown = $"/clients/{Guid.CreateVersion7()}";
        string[] pages = ["consents", "disclosures/new", "disclosures"];

        foreach (var page in pages)
        {
            var missing = await worker.Http.GetAsync($"{unknown}/{page}", Cancellation);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            var refused = await administrator.GetAsync($"{client}/{page}", Cancellation);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/forbidden", Location(refused), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"{unknown}/disclosures", Cancellation)).StatusCode);
        Assert.StartsWith("/forbidden", Location(await auditor.GetAsync($"{client}/consents", Cancellation)), StringComparison.Ordinal);
        var (accounting, _) = await OpenAsync(auditor, $"{client}/disclosures");
        Assert.Contains("data-testid=\"no-disclosures\"", accounting, StringComparison.Ordinal);
        Assert.DoesNotContain("disclosures/new", accounting, StringComparison.Ordinal);
    }
}

public sealed class ConsentPagesTests_on_Sqlite(SqliteApp app) : ConsentPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ConsentPagesTests_on_Postgres(PostgresApp app) : ConsentPagesTests(app), IClassFixture<PostgresApp>;
