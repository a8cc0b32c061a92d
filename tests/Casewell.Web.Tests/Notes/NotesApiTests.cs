using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Notes;
using Casewell.Tasks;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Notes;

public abstract class NotesApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private static object Draft(DateTimeOffset? startedAt = null, string data = "Seen at home with her son; the repairs are done.",
        string assessment = "The home is safe.", string plan = "Visit again next month.", object[]? participants = null, string type = "HomeVisit") => new
        {
            type,
            format = "Dap",
            startedAt = startedAt ?? Now.AddHours(-2),
            durationMinutes = 45,
            location = "The family home",
            sections = new Dictionary<string, string> { ["Data"] = data, ["Assessment"] = assessment, ["Plan"] = plan },
            participants = participants ?? [],
        };

    private static Task<(Guid Id, string ETag)> StartAsync(HttpClient http, Guid caseId, object? draft = null) =>
        NoteHttp.StartAsync(http, caseId, draft ?? Draft());

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, object? body, string? etag)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await http.SendAsync(request, Cancellation);
    }

    private static Task<HttpResponseMessage> SignAsync(HttpClient http, Guid noteId, string etag, object? body = null) => NoteHttp.SignAsync(http, noteId, etag, body);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>A worker with an open case referred a week ago, so that a contact of the last days is never before the referral.</summary>
    private async Task<(CaseWorld World, StaffMember Worker, OpenedTestCase Case)> SceneAsync(bool teamMayView = false)
    {
        var world = await CaseWorld.CreateAsync(App);
        if (teamMayView) await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 7);
        return (world, worker, @case);
    }

    /// <summary>A problem document without its trace id, which differs between any two requests.</summary>
    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString();
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid actorId, AuditAction action) =>
        App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == actorId && a.Action == action.Name).ToListAsync(Cancellation));

    [Fact]
    public async Task A_home_visit_note_with_two_participants_is_signed_with_a_follow_up_counts_as_the_contact_and_takes_an_addendum()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var relative = await world.RegisterClientAsync(world.Supervisor);
        var relationship = await CaseHttp.CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/relationships",
            new { type = "Child", relatedClientId = relative.Id, livesInHousehold = true }, Cancellation));
        var startedAt = Now.AddHours(-3);
        var participants = new object[]
        {
            new { kind = "Client", recordId = @case.ClientId },
            new { kind = "HouseholdMember", recordId = relationship.GetProperty("id").GetGuid() },
        };

        var (noteId, etag) = await StartAsync(worker.Http, @case.Id, Draft(startedAt, data: "First words", participants: participants));
        var saved = await SendAsync(worker.Http, HttpMethod.Put, $"/api/v1/notes/{noteId}", Draft(startedAt, participants: participants), etag);
        etag = saved.Headers.ETag!.Tag;
        var today = await world.Database.TodayAsync();
        var signed = await JsonAsync(await SignAsync(worker.Http, noteId, etag, new { followUps = new[] { new { title = "Call the school", dueOn = today.AddDays(7) } } }));

        Assert.False(signed.GetProperty("isLateEntry").GetBoolean());
        var taskId = Assert.Single(signed.GetProperty("taskIds").EnumerateArray()).GetGuid();
        var task = await world.Database.TaskAsync(taskId);
        Assert.Equal(("Call the school", today.AddDays(7), worker.Id, CaseTaskKind.FollowUp), (task.Title, task.DueOn, task.AssignedToId, task.Kind));
        var stored = await world.Database.CaseAsync(@case.Id);
        Assert.Equal(startedAt.ToUnixTimeSeconds(), stored.LastContactAt?.ToUnixTimeSeconds());
        var timeline = await world.Database.TimelineAsync(@case.Id);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.NoteSigned && e.RelatedId == noteId && e.Subject == "HomeVisit");
        Assert.Single(timeline, e => e.Kind == CaseEventKind.ContactRecorded && e.RelatedId == signed.GetProperty("contactId").GetGuid());

        var note = await JsonAsync(await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation));
        Assert.Equal("Signed", note.GetProperty("note").GetProperty("status").GetString());
        Assert.Equal(["Data", "Assessment", "Plan"], note.GetProperty("note").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal([@case.ClientName, relative.Name], note.GetProperty("note").GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(note.GetProperty("mayAddAddendum").GetBoolean());

        var addendum = await worker.Http.PostAsJsonAsync($"/api/v1/notes/{noteId}/addenda", new { text = "The son is nine, not eight." }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, addendum.StatusCode);
        var after = await JsonAsync(await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation));
        var shown = Assert.Single(after.GetProperty("addenda").EnumerateArray());
        Assert.Equal(("The son is nine, not eight.", worker.Id), (shown.GetProperty("text").GetString(), shown.GetProperty("authorId").GetGuid()));
        Assert.Equal("Seen at home with her son; the repairs are done.", after.GetProperty("note").GetProperty("sections")[0].GetProperty("text").GetString());

        var list = await JsonAsync(await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes", Cancellation));
        var row = Assert.Single(list.GetProperty("notes").GetProperty("items").EnumerateArray());
        Assert.Equal((noteId, 1), (row.GetProperty("id").GetGuid(), row.GetProperty("addendumCount").GetInt32()));
        Assert.Equal(@case.ClientId, Assert.Single(await EntriesAsync(worker.Id, AuditAction.CaseNotesViewed)).ClientId);
        Assert.All(await EntriesAsync(worker.Id, AuditAction.NoteViewed), e => Assert.Equal((noteId.ToString(), @case.ClientId), (e.EntityId, e.ClientId)));
    }

    [Fact]
    public async Task A_signed_note_is_never_edited_deleted_or_signed_again_and_says_so_with_its_problem_type()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var (noteId, etag) = await StartAsync(worker.Http, @case.Id);
        await CaseHttp.Succeeds(await SignAsync(worker.Http, noteId, etag));
        etag = (await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation)).Headers.ETag!.Tag;

        foreach (var response in new[]
        {
            await SendAsync(worker.Http, HttpMethod.Put, $"/api/v1/notes/{noteId}", Draft(data: "Rewritten history"), etag),
            await SendAsync(worker.Http, HttpMethod.Delete, $"/api/v1/notes/{noteId}", null, etag),
            await SendAsync(world.Supervisor.Http, HttpMethod.Delete, $"/api/v1/notes/{noteId}", null, null),
            await SignAsync(worker.Http, noteId, etag),
        })
        {
            var problem = await CaseHttp.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal("urn:casewell:problem:signed-note-locked", problem.GetProperty("type").GetString());
        }
        var note = await JsonAsync(await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation));
        Assert.Equal("Signed", note.GetProperty("note").GetProperty("status").GetString());
        Assert.Equal("Seen at home with her son; the repairs are done.", note.GetProperty("note").GetProperty("sections")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_addendum_to_a_draft_is_refused_and_a_draft_can_be_discarded_by_its_author()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var (noteId, etag) = await StartAsync(worker.Http, @case.Id);

        var addendum = await worker.Http.PostAsJsonAsync($"/api/v1/notes/{noteId}/addenda", new { text = "Correction" }, Cancellation);
        var problem = await CaseHttp.ProblemAsync(addendum, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:casewell:problem:addendum-to-draft", problem.GetProperty("type").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(worker.Http, HttpMethod.Delete, $"/api/v1/notes/{noteId}", null, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation)).StatusCode);
        var list = await JsonAsync(await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes", Cancellation));
        Assert.Empty(list.GetProperty("notes").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_note_signed_more_than_a_day_after_the_contact_is_a_late_entry_and_needs_its_reason()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var (noteId, etag) = await StartAsync(worker.Http, @case.Id, Draft(Now.AddDays(-3)));

        var refused = await CaseHttp.ProblemAsync(await SignAsync(worker.Http, noteId, etag), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("LateEntryReason", out _));
        var late = await JsonAsync(await SignAsync(worker.Http, noteId, etag, new { lateEntryReason = "In court all week." }));

        Assert.True(late.GetProperty("isLateEntry").GetBoolean());
        var note = await JsonAsync(await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation));
        Assert.Equal("In court all week.", note.GetProperty("note").GetProperty("lateEntryReason").GetString());
        Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.NoteSigned && e.Reason == "In court all week.");
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_changes_nothing_saved()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var (noteId, etag) = await StartAsync(worker.Http, @case.Id);
        var path = $"/api/v1/notes/{noteId}";

        var tooLong = await SendAsync(worker.Http, HttpMethod.Put, path, new
        {
            type = "HomeVisit",
            format = "Dap",
            startedAt = Now.AddDays(1),
            durationMinutes = 5000,
            location = new string('x', Note.MaxLocationLength + 1),
            sections = new Dictionary<string, string> { ["Data"] = new('y', Note.MaxSectionLength + 1), ["Narrative"] = "Not a DAP section" },
            participants = new object[] { new { kind = "Collateral", recordId = Guid.CreateVersion7() }, new { kind = "Interpreter" } },
        }, etag);
        var errors = (await CaseHttp.ProblemAsync(tooLong, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["DurationMinutes", "Location", "Participants[0]", "Participants[1].Name", "Sections", "Sections.Data", "StartedAt"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var wrongType = await SendAsync(worker.Http, HttpMethod.Put, path, new { type = "Séance", format = "Dap" }, etag);
        await CaseHttp.ProblemAsync(wrongType, HttpStatusCode.BadRequest);
        var wrongShape = await SendAsync(worker.Http, HttpMethod.Put, path, new { type = "HomeVisit", format = "Dap", durationMinutes = "long" }, etag);
        await CaseHttp.ProblemAsync(wrongShape, HttpStatusCode.BadRequest);
        var nul = await SendAsync(worker.Http, HttpMethod.Put, path, new { type = "HomeVisit", format = "Dap", sections = new Dictionary<string, string> { ["Data"] = "a\0b" } }, etag);
        Assert.True((await CaseHttp.ProblemAsync(nul, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Sections.Data", out _));
        var followUps = await SignAsync(worker.Http, noteId, etag, new { followUps = new[] { new { title = "", dueOn = (DateOnly?)null } } });
        var followUpErrors = (await CaseHttp.ProblemAsync(followUps, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["FollowUps[0].DueOn", "FollowUps[0].Title"], followUpErrors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(worker.Http, HttpMethod.Put, path, Draft(), null)).StatusCode);

        var note = await JsonAsync(await worker.Http.GetAsync(path, Cancellation));
        Assert.Equal(("Draft", etag), (note.GetProperty("note").GetProperty("status").GetString(), $"\"{note.GetProperty("note").GetProperty("version").GetInt32()}\""));
        Assert.Equal("The family home", note.GetProperty("note").GetProperty("location").GetString());
    }

    [Fact]
    public async Task An_autosave_that_repeats_itself_writes_nothing_and_one_from_a_stale_version_is_a_conflict()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var at = Now.AddHours(-2);
        var (noteId, first) = await StartAsync(worker.Http, @case.Id, Draft(at));
        var path = $"/api/v1/notes/{noteId}";
        var second = (await SendAsync(worker.Http, HttpMethod.Put, path, Draft(at, plan: "Call the school."), first)).Headers.ETag!.Tag;
        var updates = (await EntriesAsync(worker.Id, AuditAction.Load("Note.Updated"))).Count;

        // The same save again, even from the version before it (a retried request): the same answer, nothing written.
        var again = await SendAsync(worker.Http, HttpMethod.Put, path, Draft(at, plan: "Call the school."), first);
        Assert.Equal((HttpStatusCode.OK, second), (again.StatusCode, again.Headers.ETag!.Tag));
        Assert.Equal(updates, (await EntriesAsync(worker.Id, AuditAction.Load("Note.Updated"))).Count);

        var stale = await SendAsync(worker.Http, HttpMethod.Put, path, Draft(at, plan: "Something else"), first);
        await CaseHttp.ProblemAsync(stale, HttpStatusCode.Conflict);
        var note = await JsonAsync(await worker.Http.GetAsync(path, Cancellation));
        Assert.Equal("Call the school.", note.GetProperty("note").GetProperty("sections")[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_draft_exists_for_its_author_alone_and_a_signed_note_for_the_case_s_readers()
    {
        var (world, worker, @case) = await SceneAsync(teamMayView: true);
        using var owned = world;
        var colleague = await world.AddWorkerAsync("Cole League");
        var (draftId, draftTag) = await StartAsync(worker.Http, @case.Id);
        var (signedId, signedTag) = await StartAsync(worker.Http, @case.Id, Draft(Now.AddHours(-5)));
        await CaseHttp.Succeeds(await SignAsync(worker.Http, signedId, signedTag));
        var nobody = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.OK, (await colleague.Http.GetAsync($"/api/v1/notes/{signedId}", Cancellation)).StatusCode);
        foreach (var (path, method, body) in new (string, HttpMethod, object?)[]
        {
            ($"/api/v1/notes/{{0}}", HttpMethod.Get, null),
            ($"/api/v1/notes/{{0}}", HttpMethod.Put, Draft()),
            ($"/api/v1/notes/{{0}}", HttpMethod.Delete, null),
            ($"/api/v1/notes/{{0}}/sign", HttpMethod.Post, new { }),
            ($"/api/v1/notes/{{0}}/addenda", HttpMethod.Post, new { text = "x" }),
        })
        {
            var draft = await SendAsync(colleague.Http, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, draftId), body, draftTag);
            var none = await SendAsync(colleague.Http, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, nobody), body, draftTag);
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
            Assert.Equal(await WithoutTraceAsync(none), await WithoutTraceAsync(draft));
        }
        var list = await JsonAsync(await colleague.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes", Cancellation));
        Assert.Equal([signedId], list.GetProperty("notes").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        var mine = await JsonAsync(await worker.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes", Cancellation));
        Assert.Equal(2, mine.GetProperty("notes").GetProperty("items").GetArrayLength());
        // Reading is not writing: the colleague may read the case but not write on it.
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/notes", Draft(), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Http.PostAsJsonAsync($"/api/v1/notes/{signedId}/addenda", new { text = "x" }, Cancellation)).StatusCode);
        Assert.NotEmpty(await EntriesAsync(colleague.Id, AuditAction.NoteAccessRefused));
    }

    [Fact]
    public async Task A_worker_of_another_team_and_anyone_off_a_restricted_case_find_no_notes()
    {
        var (world, worker, @case) = await SceneAsync(teamMayView: true);
        using var owned = world;
        var colleague = await world.AddWorkerAsync("Cole League");
        var stranger = await world.AddWorkerAsync("Other Team", await world.AddTeamAsync("Elsewhere"));
        var (noteId, etag) = await StartAsync(worker.Http, @case.Id);
        await CaseHttp.Succeeds(await SignAsync(worker.Http, noteId, etag));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/notes", Draft(), Cancellation)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await world.Supervisor.Http.PutAsJsonAsync($"/api/v1/cases/{@case.Id}/restriction",
            new { reason = "HighProfilePerson", accessList = new[] { worker.Id } }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Http.GetAsync($"/api/v1/cases/{@case.Id}/notes", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_program_manager_reads_signed_notes_but_writes_none()
    {
        var (world, worker, @case) = await SceneAsync();
        using var owned = world;
        var manager = await world.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager");
        await world.ManageProgramAsync(manager);
        var (noteId, etag) = await StartAsync(worker.Http, @case.Id);
        await CaseHttp.Succeeds(await SignAsync(worker.Http, noteId, etag));

        Assert.Equal(HttpStatusCode.OK, (await manager.Http.GetAsync($"/api/v1/notes/{noteId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/notes", Draft(), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.PostAsJsonAsync($"/api/v1/notes/{noteId}/addenda", new { text = "x" }, Cancellation)).StatusCode);
    }
}

public sealed class NotesApiTests_on_Sqlite(SqliteApp app) : NotesApiTests(app), IClassFixture<SqliteApp>;

public sealed class NotesApiTests_on_Postgres(PostgresApp app) : NotesApiTests(app), IClassFixture<PostgresApp>;
