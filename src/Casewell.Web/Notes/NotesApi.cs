using Casewell.Access;
using Casewell.Common;
using Casewell.Notes;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Notes;

internal static class NotesApi
{
    public sealed record DraftRequest(NoteType? Type, NoteFormat? Format, DateTimeOffset? StartedAt, int? DurationMinutes, string? Location,
        Dictionary<string, string?>? Sections, List<ParticipantInput>? Participants)
    {
        public NoteDraftInput ToInput() => new(Type, Format, StartedAt, DurationMinutes, Location, Sections, Participants);
    }

    public sealed record SignRequest(string? LateEntryReason, List<FollowUp>? FollowUps);

    public sealed record AddendumRequest(string? Text);

    public static RouteGroupBuilder MapNotesApi(this RouteGroupBuilder api)
    {
        var caseNotes = api.MapGroup("/cases/{caseId:guid}/notes").WithTags("Notes").RequireAuthorization();
        caseNotes.MapPost("/", async Task<Results<Created<SavedNote>, ApiProblem>> (Guid caseId, DraftRequest body, StartNoteDraftHandler handler,
            HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new StartNoteDraft(caseId, body.ToInput()), ct)).ToNoteResults(saved =>
            {
                IfMatch.Write(response, saved.Version);
                return TypedResults.Created($"{ApiPaths.Prefix}/notes/{saved.NoteId}", saved);
            }))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("StartNoteDraft").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden).WithETag()
            .WithSummary("Start a note on a case you work on, as a draft only you can see; only the type and format are needed yet.");
        caseNotes.MapGet("/", async Task<Results<Ok<CaseNotes>, ApiProblem>> (Guid caseId, ListCaseNotesHandler handler, CancellationToken ct,
            int? page = 1, int? pageSize = null, string? q = null) =>
            (await handler.Handle(new ListCaseNotes(caseId, page, pageSize, q), ct)).ToResults(TypedResults.Ok))
            .WithName("ListCaseNotes").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("A case's signed notes and your own drafts, newest contact first, paged; with q, only those holding every word of q, each with a snippet.");

        var notes = api.MapGroup("/notes").WithTags("Notes").RequireAuthorization();
        notes.MapGet("/", async Task<Results<Ok<NoteSearchResults>, ApiProblem>> (string? q, SearchNotesHandler handler, CancellationToken ct,
            int? page = 1, int? pageSize = null) =>
            (await handler.Handle(new SearchNotes(q, page, pageSize), ct)).ToResults(TypedResults.Ok))
            .WithName("SearchNotes").ProducesProblems(ResultKind.Invalid)
            .WithSummary("Notes holding every word of q (each a prefix; punctuation only separates words) in the cases you may read, newest first, paged.");
        notes.MapGet("/{noteId:guid}", async Task<Results<Ok<NoteDetail>, ApiProblem>> (Guid noteId, GetNoteHandler handler, HttpResponse response,
            CancellationToken ct) =>
            (await handler.Handle(new GetNote(noteId), ct)).ToResults(detail =>
            {
                IfMatch.Write(response, detail.Note.Version);
                return TypedResults.Ok(detail);
            }))
            .WithName("GetNote").ProducesProblems(ResultKind.NotFound).WithETag()
            .WithSummary("A signed note of a case you may read, or your own draft, with its addenda and its ETag.");
        notes.MapPut("/{noteId:guid}", async Task<Results<Ok<SavedNote>, ApiProblem>> (Guid noteId, DraftRequest body, HttpRequest http,
            HttpResponse response, SaveNoteDraftHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("note");
            return (await handler.Handle(new SaveNoteDraft(noteId, version, body.ToInput()), ct)).ToNoteResults(saved =>
            {
                IfMatch.Write(response, saved.Version);
                return TypedResults.Ok(saved);
            });
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("SaveNoteDraft").RequiresIfMatch("note")
            .ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden).WithETag()
            .WithSummary("Save your draft as it stands (the whole draft; saving the same twice changes nothing). A signed note answers 422.");
        notes.MapDelete("/{noteId:guid}", async Task<Results<NoContent, ApiProblem>> (Guid noteId, HttpRequest http, DiscardNoteDraftHandler handler,
            CancellationToken ct) =>
        {
            // If-Match is optional here: a draft is its author's alone, and throwing it away overwrites nobody's work.
            int? version = IfMatch.TryRead(http, out var read) ? read : null;
            return (await handler.Handle(new DiscardNoteDraft(noteId, version), ct)).ToNoteResults();
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("DiscardNoteDraft").ProducesProblems(ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused)
            .WithSummary("Throw your draft away (If-Match optional: with it, a draft saved since is not thrown away unseen). A signed note is never deleted: 422.");
        notes.MapPost("/{noteId:guid}/sign", async Task<Results<Ok<SignedNote>, ApiProblem>> (Guid noteId, HttpRequest http, SignNoteHandler handler,
            CancellationToken ct, SignRequest? body) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("note");
            return (await handler.Handle(new SignNote(noteId, version, body?.LateEntryReason, body?.FollowUps), ct)).ToNoteResults(TypedResults.Ok);
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("SignNote").RequiresIfMatch("note")
            .ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Sign your draft, locking it for good; a late entry needs its reason. Optionally adds follow-up tasks in the same step.");
        notes.MapPost("/{noteId:guid}/addenda", async Task<Results<Created<AddedAddendum>, ApiProblem>> (Guid noteId, AddendumRequest body,
            AddNoteAddendumHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AddNoteAddendum(noteId, body.Text), ct)).ToNoteResults(added =>
                TypedResults.Created($"{ApiPaths.Prefix}/notes/{noteId}", added)))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("AddNoteAddendum").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Add a correction under a signed note of a case you work on. A draft takes none: 422.");
        return api;
    }
}
