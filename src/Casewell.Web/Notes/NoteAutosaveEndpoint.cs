using Casewell.Access;
using Casewell.Common;
using Casewell.Notes;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Notes;

/// <summary>
/// Where the autosave script posts the write-note form, every few seconds of typing and when the page is left
/// (navigator.sendBeacon, which can send a form but no custom header). It saves the draft exactly as the form's own
/// "Save draft" would, starting it on the first post, and answers what the script needs: the note's id and version for
/// the next post, and the time to show in "Saved at". A form post of the pages, protected by the antiforgery token the
/// form carries; not part of the API.
/// </summary>
internal static class NoteAutosaveEndpoint
{
    public const string Path = "/notes/autosave";

    public sealed record Saved(Guid NoteId, int Version, string SavedAt);

    public static WebApplication MapNoteAutosave(this WebApplication app)
    {
        app.MapPost(Path, async (HttpContext http, IAntiforgery antiforgery, AgencyOptions agency, AgencyTime time, IStringLocalizer<NotesStrings> words,
            StartNoteDraftHandler start, SaveNoteDraftHandler save, CancellationToken ct) =>
        {
            // The endpoint binds no form parameter, so the antiforgery middleware would only note a missing token; refuse it here.
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            var form = NoteFormPost.Read(await http.Request.ReadFormAsync(ct), TimeZoneInfo.FindSystemTimeZoneById(agency.TimeZone), k => words[k]);
            // A time half typed is not saved over the stored one: the rest of the draft is, and the page says so when posted.
            var draft = form.Unreadable.Count == 0 ? form.Draft : form.Draft with
            {
                StartedAt = form.Unreadable.ContainsKey("StartedAt") ? null : form.Draft.StartedAt,
            };
            Result<SavedNote> result = form.NoteId is { } noteId
                ? await save.Handle(new SaveNoteDraft(noteId, form.Version, draft), ct)
                : form.CaseId is { } caseId ? await start.Handle(new StartNoteDraft(caseId, draft), ct) : Result<SavedNote>.NotFound();
            if (result.Failed) return ResultHttp.Problem(result);
            var saved = result.Value!;
            return Results.Json(new Saved(saved.NoteId, saved.Version, time.Local(saved.SavedAt).ToString("t", System.Globalization.CultureInfo.CurrentCulture)));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .ExcludeFromDescription();
        return app;
    }
}
