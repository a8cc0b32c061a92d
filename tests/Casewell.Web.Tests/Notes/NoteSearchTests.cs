using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Notes;

/// <summary>Notes found by their words, through the API and the pages, on each database's own index.</summary>
public abstract class NoteSearchTests(CasewellApp app) : IntegrationTest(app)
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <summary>A word no other test's note holds (the random end of a new id), so that a search sees only this test's notes.</summary>
    private static string Word() => "kw" + Guid.CreateVersion7().ToString("N")[^14..];

    private static object Draft(string data, string assessment = "The home is safe.", DateTimeOffset? startedAt = null) => new
    {
        type = "HomeVisit",
        format = "Dap",
        startedAt = startedAt ?? Now.AddHours(-2),
        durationMinutes = 45,
        location = "The family home",
        sections = new Dictionary<string, string> { ["Data"] = data, ["Assessment"] = assessment, ["Plan"] = "Visit again next month." },
        participants = Array.Empty<object>(),
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<List<Guid>> FoundAsync(HttpClient http, string query, Guid? caseId = null)
    {
        var path = caseId is { } id ? $"/api/v1/cases/{id}/notes" : "/api/v1/notes";
        var json = await JsonAsync(await http.GetAsync($"{path}?q={Uri.EscapeDataString(query)}", Cancellation));
        return [.. json.GetProperty("notes").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid())];
    }

    private async Task<(CaseWorld World, StaffMember Worker, OpenedTestCase Case)> SceneAsync(bool teamMayView = false)
    {
        var world = await CaseWorld.CreateAsync(App);
        if (teamMayView) await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 7);
        return (world, worker, @case);
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid actorId, AuditAction action) =>
        App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == actorId && a.Action == action.Name).ToListAsync(Cancellation));

    [Fact]
    public async Task A_note_is_found_by_words_in_any_of_its_sections_newest_first_with_its_words_marked_and_the_search_audited()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var (first, second) = (Word(), Word());
        var older = await NoteHttp.SignedAsync(worker.Http, @case.Id, Draft($"Talked about {first} at the kitchen table.", $"Calm; {second} improving.", Now.AddHours(-6)));
        var newer = await NoteHttp.SignedAsync(worker.Http, @case.Id, Draft($"{first.ToUpperInvariant()} again.", startedAt: Now.AddHours(-1)));

        Assert.Equal([newer, older], await FoundAsync(worker.Http, first));
        Assert.Equal([older], await FoundAsync(worker.Http, $"{second} {first}"));
        // Each word is a prefix of the note's word.
        Assert.Equal([older], await FoundAsync(worker.Http, second[..8] + " kitch"));
        Assert.Equal([older], await FoundAsync(worker.Http, second, @case.Id));
        Assert.Empty(await FoundAsync(worker.Http, $"{second} nowhere{Word()}"));

        var json = await JsonAsync(await worker.Http.GetAsync($"/api/v1/notes?q={second}", Cancellation));
        var hit = Assert.Single(json.GetProperty("notes").GetProperty("items").EnumerateArray());
        Assert.Equal(@case.Id, hit.GetProperty("caseId").GetGuid());
        var marked = hit.GetProperty("snippet").EnumerateArray().Where(p => p.GetProperty("match").GetBoolean()).Select(p => p.GetProperty("text").GetString());
        Assert.Equal([second], marked);

        var searched = await EntriesAsync(worker.Id, AuditAction.NotesSearched);
        Assert.Contains(searched, e => e.ClientId == @case.ClientId);
        Assert.Equal(5, searched.Count(e => e.ClientId == @case.ClientId));
    }

    [Fact]
    public async Task Someone_else_s_draft_a_case_the_reader_may_not_read_and_a_restricted_case_hold_no_match()
    {
        var (world, worker, @case) = await SceneAsync(teamMayView: true);
        using var owned = world;
        var colleague = await world.AddWorkerAsync("Cole League");
        var stranger = await world.AddWorkerAsync("Other Team", await world.AddTeamAsync("Elsewhere"));
        var word = Word();
        var signed = await NoteHttp.SignedAsync(worker.Http, @case.Id, Draft($"Signed: {word}.", startedAt: Now.AddHours(-4)));
        var (draft, _) = await NoteHttp.StartAsync(worker.Http, @case.Id, Draft($"Draft: {word}."));

        Assert.Equal([draft, signed], await FoundAsync(worker.Http, word));
        Assert.Equal([signed], await FoundAsync(colleague.Http, word));
        Assert.Equal([signed], await FoundAsync(colleague.Http, word, @case.Id));
        Assert.Empty(await FoundAsync(stranger.Http, word));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes?q={word}", Cancellation)).StatusCode);
        Assert.NotEmpty(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == stranger.Id && a.Action == AuditAction.CaseAccessRefused.Name).ToListAsync(Cancellation)));

        Assert.Equal(HttpStatusCode.OK, (await world.Supervisor.Http.PutAsJsonAsync($"/api/v1/cases/{@case.Id}/restriction",
            new { reason = "HighProfilePerson", accessList = new[] { worker.Id } }, Cancellation)).StatusCode);
        Assert.Empty(await FoundAsync(colleague.Http, word));
        Assert.Equal([draft, signed], await FoundAsync(worker.Http, word));
    }

    [Theory]
    [InlineData("\"{0}")]
    [InlineData("{0}*")]
    [InlineData("-{0}")]
    [InlineData("{0}:")]
    [InlineData("Data:{0}")]
    [InlineData("({0}) OR")]
    [InlineData("NEAR({0} school)")]
    [InlineData("NOT {0} AND")]
    [InlineData("{0} & | ! <-> '")]
    public async Task Query_syntax_characters_are_read_as_word_separators_and_operators_as_words(string pattern)
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var word = Word();
        var note = await NoteHttp.SignedAsync(worker.Http, @case.Id, Draft($"Data: near the school, and not or {word}."));

        Assert.Equal([note], await FoundAsync(worker.Http, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, word)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*-:()")]
    [InlineData("a\u0000b")]
    public async Task A_blank_or_punctuation_only_search_is_a_400_at_q_on_both_lists(string query)
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        foreach (var path in new[] { "/api/v1/notes", $"/api/v1/cases/{@case.Id}/notes" })
        {
            var refused = await worker.Http.GetAsync($"{path}?q={Uri.EscapeDataString(query)}", Cancellation);
            Assert.True((await CaseHttp.ProblemAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("q", out _), path);
        }
    }

    [Fact]
    public async Task A_search_too_long_or_of_too_many_words_is_a_400_at_q()
    {
        var (world, worker, _) = await SceneAsync();
        using var owned = world;
        foreach (var query in new[] { new string('a', 201), string.Join(' ', Enumerable.Range(0, 13).Select(i => $"w{i}")) })
        {
            var refused = await worker.Http.GetAsync($"/api/v1/notes?q={Uri.EscapeDataString(query)}", Cancellation);
            Assert.True((await CaseHttp.ProblemAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("q", out _));
        }
    }

    [Fact]
    public async Task The_pages_show_the_found_words_marked_and_the_note_s_markup_as_text()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var word = Word();
        await NoteHttp.SignedAsync(worker.Http, @case.Id, Draft($"<script>alert(1)</script> <b>{word}</b> here."));

        foreach (var path in new[] { $"/notes/search?q={word}", $"/cases/{@case.Id}/notes?q={word}" })
        {
            var page = await worker.Http.GetStringAsync(path, Cancellation);
            Assert.Contains($"<mark>{word}</mark>", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        }
        var blank = await worker.Http.GetAsync("/notes/search?q=%22%2A", Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("id=\"error-summary\"", await blank.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var inCase = await worker.Http.GetAsync($"/cases/{@case.Id}/notes?q=%20", Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, inCase.StatusCode);
        Assert.Contains("data-testid=\"notes\"", await inCase.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }
}

public sealed class NoteSearchTests_on_Sqlite(SqliteApp app) : NoteSearchTests(app), IClassFixture<SqliteApp>;

public sealed class NoteSearchTests_on_Postgres(PostgresApp app) : NoteSearchTests(app), IClassFixture<PostgresApp>;
