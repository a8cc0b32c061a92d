using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Casewell.Web.Tests.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Court;

public abstract class CourtReportsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private const string Court = "Family Court of Lane County, Dept. 4";

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <summary>A worker's open case, referred a month ago, with the signed notes of two home visits in the last three weeks.</summary>
    private static async Task<(CaseWorld World, StaffMember Worker, OpenedTestCase Case, DateOnly Today)> CaseWithContactsAsync(CasewellApp app,
        params string[] summaries)
    {
        var world = await CaseWorld.CreateAsync(app);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 30);
        var daysAgo = 20;
        foreach (var summary in summaries.Length == 0 ? ["Saw Maya at home; kitchen repaired.", "Teacher: attendance back to normal."] : summaries)
        {
            await NoteHttp.SignedNoteAsync(worker.Http, @case.Id, Now.AddDays(-daysAgo), summary);
            daysAgo -= 7;
        }
        return (world, worker, @case, await world.Database.TodayAsync());
    }

    private static Task<HttpResponseMessage> DraftAsync(HttpClient http, Guid caseId, DateOnly? from, DateOnly? to, string? court = Court, Guid? hearingId = null) =>
        http.PostAsJsonAsync($"/api/v1/cases/{caseId}/court-reports", new { from, to, court, hearingId }, Cancellation);

    private static async Task<(Guid Id, string ETag)> DraftedAsync(HttpClient http, Guid caseId, DateOnly today)
    {
        var response = await DraftAsync(http, caseId, today.AddDays(-25), today);
        var created = await CreatedAsync(response);
        return (created.GetProperty("reportId").GetGuid(), response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> ReviseAsync(HttpClient http, Guid reportId, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/court-reports/{reportId}") { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return http.SendAsync(request, Cancellation);
    }

    private static async Task<string[]> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order()];
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid actorId, AuditAction action) =>
        App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == actorId && a.Action == action.Name).OrderBy(a => a.Sequence).ToListAsync(Cancellation));

    [Fact]
    public async Task A_draft_is_compiled_from_the_record_and_its_Word_and_PDF_files_hold_the_contacts_and_recommendations()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;
        var (id, etag) = await DraftedAsync(worker.Http, @case.Id, today);

        var report = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/court-reports/{id}", Cancellation);
        var sections = report.GetProperty("sections");
        Assert.Contains(@case.Number, sections.GetProperty("caseDetails").GetString(), StringComparison.Ordinal);
        Assert.Contains(worker.Name, sections.GetProperty("caseDetails").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(sections.GetProperty("history").GetString()));
        Assert.Equal(["Saw Maya at home; kitchen repaired.", "Teacher: attendance back to normal."],
            report.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("summary").GetString()));
        await Succeeds(await ReviseAsync(worker.Http, id, new { recommendations = "Continue in-home services for three months." }, etag));

        using var docx = await worker.Http.GetAsync($"/api/v1/court-reports/{id}/docx", Cancellation);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches("^court-report-[A-Za-z0-9-]+-[0-9]{8}\\.docx$", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var word = CourtReportFiles.WordText(await docx.Content.ReadAsByteArrayAsync(Cancellation));
        using var pdf = await worker.Http.GetAsync($"/api/v1/court-reports/{id}/pdf", Cancellation);
        Assert.Equal((HttpStatusCode.OK, "application/pdf"), (pdf.StatusCode, pdf.Content.Headers.ContentType?.MediaType));
        var (text, _) = await CourtReportFiles.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync(Cancellation), Cancellation);

        foreach (var expected in new[] { "Saw Maya at home; kitchen repaired.", "Teacher: attendance back to normal.",
            "Continue in-home services for three months.", Court, @case.Number })
        {
            Assert.Contains(expected, word, StringComparison.Ordinal);
            Assert.Contains(expected, Flat(text), StringComparison.Ordinal);
        }
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
        // Each file made is its own entry, naming the client; the draft's compilation is one too.
        var exports = await EntriesAsync(worker.Id, AuditAction.CourtReportExported);
        Assert.Equal(["docx", "pdf"], exports.Select(e => e.Details));
        Assert.All(exports, e => Assert.Equal((id.ToString(), (Guid?)@case.ClientId), (e.EntityId, e.ClientId)));
        Assert.Equal(@case.ClientId, Assert.Single(await EntriesAsync(worker.Id, AuditAction.CourtReportGenerated)).ClientId);
    }

    [Fact]
    public async Task Only_signed_notes_of_contacts_are_reported_with_their_participants_sections_and_addenda()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App, "Saw Maya at home; kitchen repaired.");
        using var _ = world;
        // What is no contact's note of the period: a draft, a supervision, a contact logged without a note.
        await Succeeds(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/notes", new
        {
            type = "HomeVisit",
            format = "Narrative",
            startedAt = Now.AddDays(-3),
            durationMinutes = 20,
            sections = new Dictionary<string, string> { ["Narrative"] = "A draft nobody signed." },
        }, Cancellation));
        await NoteHttp.SignedNoteAsync(worker.Http, @case.Id, Now.AddDays(-4), "Talked the case through in supervision.", "Supervision");
        await Succeeds(await RecordContactAsync(worker.Http, @case.Id, new { occurredAt = Now.AddDays(-5), kind = "Phone", summary = "Logged without a note." }));
        var schoolVisit = await NoteHttp.SignedNoteAsync(worker.Http, @case.Id, Now.AddDays(-2), "Met Maya's teacher at the school.", "SchoolVisit",
            [new { kind = "Client", recordId = @case.ClientId }, new { kind = "Interpreter", name = "Ivan Interpreter" }]);
        await Succeeds(await worker.Http.PostAsJsonAsync($"/api/v1/notes/{schoolVisit}/addenda", new { text = "The teacher's name is Ms. Ortiz." }, Cancellation));
        await NoteHttp.SignedNoteAsync(worker.Http, @case.Id, Now.AddDays(-1), "Knocked; nobody home.", "AttemptedContact");

        var (id, _) = await DraftedAsync(worker.Http, @case.Id, today);

        var report = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/court-reports/{id}", Cancellation);
        var contacts = report.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(["HomeVisit", "SchoolVisit", "AttemptedContact"], contacts.Select(c => c.GetProperty("noteType").GetString()));
        Assert.Equal("Saw Maya at home; kitchen repaired.", contacts[0].GetProperty("summary").GetString());
        Assert.Equal($"{worker.Name}, {@case.ClientName}, Ivan Interpreter", contacts[1].GetProperty("participants").GetString());
        var school = contacts[1].GetProperty("summary").GetString()!;
        Assert.StartsWith("Met Maya's teacher at the school.\nAddendum of ", school, StringComparison.Ordinal);
        Assert.EndsWith($" by {worker.Name}: The teacher's name is Ms. Ortiz.", school, StringComparison.Ordinal);
        Assert.Equal("Knocked; nobody home.", contacts[2].GetProperty("summary").GetString());
        var word = CourtReportFiles.WordText(await worker.Http.GetByteArrayAsync($"/api/v1/court-reports/{id}/docx", Cancellation));
        Assert.Contains("School visit", word, StringComparison.Ordinal);
        Assert.DoesNotContain("A draft nobody signed.", word, StringComparison.Ordinal);
        Assert.DoesNotContain("Talked the case through", word, StringComparison.Ordinal);
        Assert.DoesNotContain("Logged without a note.", word, StringComparison.Ordinal);
        Assert.Contains("3 contacts", Assert.Single(await EntriesAsync(worker.Id, AuditAction.CourtReportGenerated)).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_structured_note_is_reported_section_by_section_under_its_sections_names()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App, "Saw Maya at home.");
        using var _ = world;
        await NoteHttp.SignedAsync(worker.Http, @case.Id, new
        {
            type = "OfficeVisit",
            format = "Dap",
            startedAt = Now.AddHours(-2),
            durationMinutes = 45,
            sections = new Dictionary<string, string> { ["Data"] = "Came in with her mother.", ["Assessment"] = "Calmer than last month.", ["Plan"] = "See her in two weeks." },
        });

        var (id, _) = await DraftedAsync(worker.Http, @case.Id, today);

        var report = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/court-reports/{id}", Cancellation);
        Assert.Equal("Data: Came in with her mother.\nAssessment: Calmer than last month.\nPlan: See her in two weeks.",
            report.GetProperty("contacts").EnumerateArray().Last().GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_report_for_a_hearing_takes_its_court_and_the_period_since_the_case_began_and_another_cases_hearing_is_refused()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;
        var (otherWorker, otherCase) = await world.AddWorkerWithOpenCaseAsync();
        object Hearing(int inDays) => new { startsAt = Now.AddDays(inDays), type = "Review", court = "Lane County Juvenile Court", judge = "Hon. Rosa Ortiz", parties = Array.Empty<object>() };
        var hearingId = (await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", Hearing(10), Cancellation))).GetProperty("hearingId").GetGuid();
        var foreign = (await CreatedAsync(await otherWorker.Http.PostAsJsonAsync($"/api/v1/cases/{otherCase.Id}/hearings", Hearing(12), Cancellation)))
            .GetProperty("hearingId").GetGuid();

        var created = await CreatedAsync(await DraftAsync(worker.Http, @case.Id, null, null, court: null, hearingId: hearingId));

        var report = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/court-reports/{created.GetProperty("reportId").GetGuid()}", Cancellation);
        Assert.Equal(("Lane County Juvenile Court", hearingId, today.AddDays(-30), today),
            (report.GetProperty("court").GetString(), report.GetProperty("hearingId").GetGuid(),
             DateOnly.Parse(report.GetProperty("periodFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
             DateOnly.Parse(report.GetProperty("periodTo").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, report.GetProperty("contacts").GetArrayLength());
        Assert.Equal(["HearingId"], await FieldsAsync(await DraftAsync(worker.Http, @case.Id, null, null, court: null, hearingId: foreign)));
        Assert.Equal(["HearingId"], await FieldsAsync(await DraftAsync(worker.Http, @case.Id, today.AddDays(-5), today, hearingId: Guid.CreateVersion7())));
    }

    [Fact]
    public async Task The_Word_file_converts_with_LibreOffice_and_the_converted_text_holds_the_notes()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;
        var (id, _) = await DraftedAsync(worker.Http, @case.Id, today);

        var converted = await CourtReportFiles.LibreOfficePdfAsync(await worker.Http.GetByteArrayAsync($"/api/v1/court-reports/{id}/docx", Cancellation), Cancellation);

        var (text, _) = await CourtReportFiles.PdfTextAsync(converted, Cancellation);
        foreach (var expected in new[] { "Saw Maya at home; kitchen repaired.", "Teacher: attendance back to normal.", Court, @case.Number })
            Assert.Contains(expected, Flat(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_recommendations_wrap_over_pages_of_the_PDF_and_every_word_is_kept()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;
        var (id, etag) = await DraftedAsync(worker.Http, @case.Id, today);
        var words = Enumerable.Range(1, 1100).Select(i => $"word{i}").ToList();
        await Succeeds(await ReviseAsync(worker.Http, id, new { recommendations = string.Join(' ', words) }, etag));

        var (text, pages) = await CourtReportFiles.PdfTextAsync(await worker.Http.GetByteArrayAsync($"/api/v1/court-reports/{id}/pdf", Cancellation), Cancellation);

        Assert.True(pages >= 2, $"{pages} page(s)");
        Assert.Contains($"Page {pages} of {pages}", text, StringComparison.Ordinal);
        var found = Flat(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(words, w => Assert.Contains(w, found));
    }

    [Fact]
    public async Task A_period_with_no_contacts_is_refused_with_its_reason_and_bad_periods_at_their_fields()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;

        using var empty = await DraftAsync(worker.Http, @case.Id, today.AddDays(-5), today);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("nothing to report", await empty.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(["To"], await FieldsAsync(await DraftAsync(worker.Http, @case.Id, today, today.AddDays(-1))));
        Assert.Equal(["To"], await FieldsAsync(await DraftAsync(worker.Http, @case.Id, today.AddDays(-3), today.AddDays(2))));
        Assert.Equal(["Court", "From", "To"], await FieldsAsync(await DraftAsync(worker.Http, @case.Id, null, null, "Family\nCourt")));
        using var malformed = await worker.Http.PostAsync($"/api/v1/cases/{@case.Id}/court-reports",
            new StringContent("""{"from":"yesterday","to":"2026-13-45"}""", System.Text.Encoding.UTF8, "application/json"), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var list = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/court-reports", Cancellation);
        Assert.Empty(list.GetProperty("reports").EnumerateArray());
    }

    [Fact]
    public async Task Over_long_recommendations_a_stale_version_and_no_version_are_refused_and_nothing_saved_is_lost()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;
        var (id, etag) = await DraftedAsync(worker.Http, @case.Id, today);
        using var saved = await ReviseAsync(worker.Http, id, new { recommendations = "Reunify by June." }, etag);
        await Succeeds(saved);

        Assert.Equal(["Recommendations"], await FieldsAsync(await ReviseAsync(worker.Http, id, new { recommendations = new string('x', 10_001) }, saved.Headers.ETag!.Tag)));
        using var stale = await ReviseAsync(worker.Http, id, new { recommendations = "Close the case." }, etag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(worker.Name, await stale.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        using var unversioned = await ReviseAsync(worker.Http, id, new { recommendations = "Close the case." }, null);
        Assert.Equal(HttpStatusCode.PreconditionRequired, unversioned.StatusCode);

        var report = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/court-reports/{id}", Cancellation);
        Assert.Equal("Reunify by June.", report.GetProperty("sections").GetProperty("recommendations").GetString());
        Assert.Equal(Court, report.GetProperty("court").GetString());
    }

    [Fact]
    public async Task A_teammate_reads_and_downloads_but_does_not_edit_and_other_teams_and_emergency_grants_find_no_report()
    {
        var (world, worker, @case, today) = await CaseWithContactsAsync(App);
        using var _ = world;
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var teammate = await world.AddWorkerAsync("Tate Teammate");
        var otherTeam = await world.AddTeamAsync("Elsewhere");
        var outsider = await world.AddWorkerAsync("Olive Outsider", otherTeam);
        var glassBreaker = await world.AddWorkerAsync("Gale Glassbreaker", otherTeam);
        await Succeeds(await glassBreaker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/emergency-access",
            new { reason = "The client called in crisis; their worker is away." }, Cancellation));
        var (id, etag) = await DraftedAsync(worker.Http, @case.Id, today);

        Assert.Equal(HttpStatusCode.OK, (await teammate.Http.GetAsync($"/api/v1/court-reports/{id}/pdf", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReviseAsync(teammate.Http, id, new { recommendations = "Mine" }, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DraftAsync(teammate.Http, @case.Id, today.AddDays(-25), today)).StatusCode);
        foreach (var stranger in new[] { outsider, glassBreaker })
        {
            foreach (var path in new[] { $"/api/v1/court-reports/{id}", $"/api/v1/court-reports/{id}/docx", $"/api/v1/court-reports/{id}/pdf" })
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(path, Cancellation)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ReviseAsync(stranger.Http, id, new { recommendations = "Mine" }, etag)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await DraftAsync(stranger.Http, @case.Id, today.AddDays(-25), today)).StatusCode);
        }
        // Their attempts are in the trail, under the client; no file was made for them.
        Assert.Contains(await EntriesAsync(glassBreaker.Id, AuditAction.CourtReportAccessRefused), e => e.ClientId == @case.ClientId);
        Assert.Empty(await EntriesAsync(glassBreaker.Id, AuditAction.CourtReportExported));
        var auditor = await world.AddStaffAsync(StaffRole.Auditor, "Audrey Auditor", Guid.Empty);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.Http.GetAsync($"/api/v1/court-reports/{id}/docx", Cancellation)).StatusCode);
    }

    /// <summary>pdftotext's text with its layout's runs of spaces and line ends as single spaces, for phrases that may wrap.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split([' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}

public sealed class CourtReportsApiTests_on_Sqlite(SqliteApp app) : CourtReportsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CourtReportsApiTests_on_Postgres(PostgresApp app) : CourtReportsApiTests(app), IClassFixture<PostgresApp>;
