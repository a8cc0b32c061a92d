using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// Saves the author's draft as it stands: the autosave's target, every few seconds of typing and when the page is
/// left. Idempotent and cheap: a save that repeats what is stored writes nothing, not even an audit line, and answers
/// as the first did (a retried request, a beacon sent after the last autosave). A save from a version the author no
/// longer holds (another tab) is refused with 409, never overwriting what the other saved. A signed note refuses (422).
/// </summary>
public sealed record SaveNoteDraft(Guid NoteId, int? ExpectedVersion, NoteDraftInput Draft);

public sealed class SaveNoteDraftHandler(CasewellDbContext db, NoteAccess notes, CaseAccess access, ClientAccess clients, TimeProvider clock)
{
    public async Task<Result<SavedNote>> Handle(SaveNoteDraft request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var note = await notes.Readable(db.Notes).Include(n => n.Sections).Include(n => n.Participants)
            .SingleOrDefaultAsync(n => n.Id == request.NoteId, ct);
        if (note is null)
        {
            await notes.RecordRefusalAsync(request.NoteId, "change", ct);
            return Result<SavedNote>.NotFound();
        }
        // The lock first: whatever the body says, a signed note is not edited.
        if (!note.IsDraft) return Result<SavedNote>.Refused(new Message(NoteMessages.SignedIsLocked));

        var clientId = await access.Editable(db.Cases).Where(c => c.Id == note.CaseId).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
        if (clientId is null)
        {
            await access.RecordCaseRefusalAsync(note.CaseId, "change a note", ct);
            return Result<SavedNote>.Forbidden(new Message(NoteMessages.ReadOnlyCase));
        }

        var now = clock.GetUtcNow();
        var v = new Validation();
        var sections = NoteInput.Check(v, request.Draft, now);
        var participants = await NoteParticipants.ResolveAsync(db, clients, clientId.Value, request.Draft.Participants, v, ct);
        if (v.HasErrors) return Result<SavedNote>.Invalid(v.ToDictionary());

        var content = new NoteContent(request.Draft.Type!.Value, request.Draft.Format!.Value, request.Draft.StartedAt, request.Draft.DurationMinutes,
            request.Draft.Location, sections, participants);
        if (note.Holds(content)) return Result<SavedNote>.Ok(new SavedNote(note.Id, note.Version, note.SavedAt));
        if (request.ExpectedVersion is { } expected && expected != note.Version)
            return Result<SavedNote>.Conflict(new Message(NoteMessages.SavedElsewhere, note.SavedAt));

        var revised = note.Revise(content, now);
        if (revised.Failed) return Result<SavedNote>.From(revised);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var savedAt = await db.Notes.AsNoTracking().Where(n => n.Id == note.Id).Select(n => n.SavedAt).SingleAsync(ct);
            return Result<SavedNote>.Conflict(new Message(NoteMessages.SavedElsewhere, savedAt));
        }
        return Result<SavedNote>.Ok(new SavedNote(note.Id, note.Version, note.SavedAt));
    }
}
