using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// Starts a note on a case the actor works on, as a draft only they can see. The first save of the page's form, or of
/// its autosave as soon as something is typed: nothing need be complete yet but the type and the format.
/// </summary>
public sealed record StartNoteDraft(Guid CaseId, NoteDraftInput Draft);

public sealed class StartNoteDraftHandler(CasewellDbContext db, CaseAccess access, ClientAccess clients, TimeProvider clock)
{
    public async Task<Result<SavedNote>> Handle(StartNoteDraft request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanWork) return Result<SavedNote>.Forbidden(AccessMessages.Lacking(Ability.WorkCases));
        var @case = await access.Editable(db.Cases).AsNoTracking().Where(c => c.Id == request.CaseId)
            .Select(c => new { c.Id, c.ClientId, c.Status }).SingleOrDefaultAsync(ct);
        if (@case is null)
        {
            await access.RecordCaseRefusalAsync(request.CaseId, "write a note", ct);
            var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == request.CaseId, ct);
            return readable ? Result<SavedNote>.Forbidden(new Message(NoteMessages.ReadOnlyCase)) : Result<SavedNote>.NotFound();
        }
        if (@case.Status == Cases.CaseStatus.Closed) return Result<SavedNote>.Refused(new Message(NoteMessages.ClosedCaseTakesNoNotes));

        var now = clock.GetUtcNow();
        var v = new Validation();
        var sections = NoteInput.Check(v, request.Draft, now);
        var participants = await NoteParticipants.ResolveAsync(db, clients, @case.ClientId, request.Draft.Participants, v, ct);
        if (v.HasErrors) return Result<SavedNote>.Invalid(v.ToDictionary());

        var content = new NoteContent(request.Draft.Type!.Value, request.Draft.Format!.Value, request.Draft.StartedAt, request.Draft.DurationMinutes,
            request.Draft.Location, sections, participants);
        var note = new Note(Ids.New(clock), @case.Id, access.Actor, content, now);
        db.Notes.Add(note);
        await db.SaveChangesAsync(ct);
        return Result<SavedNote>.Ok(new SavedNote(note.Id, note.Version, note.SavedAt));
    }
}
