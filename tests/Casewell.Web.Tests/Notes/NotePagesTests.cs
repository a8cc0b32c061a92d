using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Data;
using Casewell.Notes;
using Casewell.Web.Hosting;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Notes;

/// <summary>The note pages posted as a browser without JavaScript would, and the autosave address the script posts to.</summary>
public abstract class NotePagesTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<(string Html, Dictionary<string, string> Inputs)> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return (html, HtmlForm.Inputs(html));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, string? handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        if (handler is not null) form.Add(new("_handler", handler));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(path, content, Cancellation);
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal);

    private string LocalNow(int hoursAgo) => App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow().AddHours(-hoursAgo))
        .ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private Task<Note> NoteAsync(Guid noteId) => App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Notes.AsNoTracking()
        .Include(n => n.Sections).Include(n => n.Participants).SingleAsync(n => n.Id == noteId, Cancellation));

    [Fact]
    public async Task Without_the_script_save_draft_keeps_every_word_and_sign_then_locks_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 7);
        var (html, inputs) = await OpenAsync(worker.Http, $"/cases/{@case.Id}/notes/new");
        Assert.Contains($"value=\"Client:{@case.ClientId}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-autosave=\"/notes/autosave\"", html, StringComparison.Ordinal);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("CaseId", @case.Id.ToString()),
            new("NoteId", ""),
            new("Version", ""),
            new("Type", "Phone"),
            new("Format", "Narrative"),
            new("StartedAt", LocalNow(1)),
            new("DurationMinutes", "15"),
            new("Location", "By phone"),
            new("Participant", $"Client:{@case.ClientId}"),
            new("Interpreter", "Ana Diaz (Spanish)"),
            new("Sections.Narrative", "Called about the rent arrears.\nShe has paid half."),
        };

        var saved = await PostAsync(worker.Http, $"/cases/{@case.Id}/notes/new", inputs["__RequestVerificationToken"], "write-note", [.. fields, new("action", "save")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = Location(saved);
        Assert.Matches("^/notes/[0-9a-f-]{36}/edit\\?done=saved$", edit);
        var noteId = Guid.Parse(edit.Split('/')[2]);
        var draft = await NoteAsync(noteId);
        Assert.Equal((NoteStatus.Draft, NoteType.Phone, "Called about the rent arrears.\nShe has paid half."), (draft.Status, draft.Type, draft.Sections.Single().Text));
        Assert.Equal([ParticipantKind.Client, ParticipantKind.Interpreter], draft.Participants.OrderBy(p => p.Position).Select(p => p.Kind));

        var (editHtml, editInputs) = await OpenAsync(worker.Http, edit);
        Assert.Contains("She has paid half.", editHtml, StringComparison.Ordinal);
        Assert.Equal(noteId.ToString(), editInputs["NoteId"]);
        var signed = await PostAsync(worker.Http, $"/notes/{noteId}/edit", editInputs["__RequestVerificationToken"], "write-note",
            [.. fields.Where(f => f.Key is not ("NoteId" or "Version")), new("NoteId", noteId.ToString()), new("Version", editInputs["Version"]),
                new("FollowUps[0].Title", "Send the rent letter"), new("FollowUps[0].DueOn", "not a date"), new("action", "sign")]);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("Enter the due date as a date.", await signed.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(NoteStatus.Draft, (await NoteAsync(noteId)).Status);

        var version = (await NoteAsync(noteId)).Version.ToString(CultureInfo.InvariantCulture);
        var done = await PostAsync(worker.Http, $"/notes/{noteId}/edit", editInputs["__RequestVerificationToken"], "write-note",
            [.. fields.Where(f => f.Key is not ("NoteId" or "Version")), new("NoteId", noteId.ToString()), new("Version", version), new("action", "sign")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/notes/{noteId}?done=signed", Location(done));
        Assert.Equal(NoteStatus.Signed, (await NoteAsync(noteId)).Status);
        var page = await worker.Http.GetStringAsync($"/notes/{noteId}", Cancellation);
        Assert.Contains("Ana Diaz (Spanish)", page, StringComparison.Ordinal);
        // The edit page of a signed note is the note itself: nothing there edits it.
        var again = await worker.Http.GetAsync($"/notes/{noteId}/edit", Cancellation);
        Assert.Equal($"/notes/{noteId}", Location(again));
    }

    [Fact]
    public async Task The_autosave_address_starts_the_draft_then_saves_over_it_and_refuses_a_post_without_the_form_s_token()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var (_, inputs) = await OpenAsync(worker.Http, $"/cases/{@case.Id}/notes/new");
        var token = inputs["__RequestVerificationToken"];
        KeyValuePair<string, string>[] typed = [new("CaseId", @case.Id.ToString()), new("Type", "HomeVisit"), new("Format", "Narrative"), new("Sections.Narrative", "First words")];

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(worker.Http, "/notes/autosave", "forged", null, typed)).StatusCode);
        var first = await PostAsync(worker.Http, "/notes/autosave", token, null, typed);
        var started = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Cancellation)).RootElement;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var noteId = started.GetProperty("noteId").GetGuid();
        var second = await PostAsync(worker.Http, "/notes/autosave", token, null,
            [.. typed.Where(t => t.Key != "Sections.Narrative"), new("Sections.Narrative", "First words, and more"), new("NoteId", noteId.ToString()),
                new("Version", started.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("First words, and more", (await NoteAsync(noteId)).Sections.Single().Text);
        Assert.Single(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Notes.Where(n => n.CaseId == @case.Id).ToListAsync(Cancellation)));
        var stranger = await world.AddWorkerAsync("Other Team", await world.AddTeamAsync("Elsewhere"));
        var (_, theirs) = await OpenAsync(stranger.Http, "/");
        var refused = await PostAsync(stranger.Http, "/notes/autosave", theirs["__RequestVerificationToken"], null, [.. typed, new("NoteId", noteId.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_database_itself_refuses_to_change_or_delete_a_signed_note_or_an_addendum()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var started = await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/notes", new
        {
            type = "Phone",
            format = "Narrative",
            startedAt = TimeProvider.System.GetUtcNow().AddMinutes(-20),
            durationMinutes = 10,
            sections = new Dictionary<string, string> { ["Narrative"] = "As signed." },
        }, Cancellation);
        var noteId = (await CaseHttp.CreatedAsync(started)).GetProperty("noteId").GetGuid();
        using var sign = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notes/{noteId}/sign") { Content = JsonContent.Create(new { }) };
        sign.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(started.Headers.ETag!.Tag));
        await CaseHttp.Succeeds(await worker.Http.SendAsync(sign, Cancellation));
        await CaseHttp.Succeeds(await worker.Http.PostAsJsonAsync($"/api/v1/notes/{noteId}/addenda", new { text = "Addendum." }, Cancellation));

        await App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            await Assert.ThrowsAnyAsync<Exception>(() => db.Notes.Where(n => n.Id == noteId).ExecuteUpdateAsync(u => u.SetProperty(n => n.Location, "Rewritten"), Cancellation));
            await Assert.ThrowsAnyAsync<Exception>(() => db.NoteSections.Where(n => n.NoteId == noteId).ExecuteUpdateAsync(u => u.SetProperty(n => n.Text, "Rewritten"), Cancellation));
            await Assert.ThrowsAnyAsync<Exception>(() => db.NoteSections.Where(n => n.NoteId == noteId).ExecuteDeleteAsync(Cancellation));
            await Assert.ThrowsAnyAsync<Exception>(() => db.NoteAddenda.Where(n => n.NoteId == noteId).ExecuteDeleteAsync(Cancellation));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Notes.Where(n => n.Id == noteId).ExecuteDeleteAsync(Cancellation));
        });
        var note = await NoteAsync(noteId);
        Assert.Equal(("As signed.", null), (note.Sections.Single().Text, note.Location));
    }
}

public sealed class NotePagesTests_on_Sqlite(SqliteApp app) : NotePagesTests(app), IClassFixture<SqliteApp>;

public sealed class NotePagesTests_on_Postgres(PostgresApp app) : NotePagesTests(app), IClassFixture<PostgresApp>;
