using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// The author throws their draft away. It then exists for nobody; the row stays, as nothing is hard-deleted. A signed
/// note is never deleted, through any path: 422, whoever asks.
/// </summary>
public sealed record DiscardNoteDraft(Guid NoteId, int? ExpectedVersion);

public sealed class DiscardNoteDraftHandler(CasewellDbContext db, NoteAccess notes, TimeProvider clock)
{
    public async Task<Result> Handle(DiscardNoteDraft request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var note = await notes.Readable(db.Notes).SingleOrDefaultAsync(n => n.Id == request.NoteId, ct);
        if (note is null)
        {
            await notes.RecordRefusalAsync(request.NoteId, "discard", ct);
            return Result.NotFound();
        }
        if (!note.IsDraft) return Result.Refused(new Message(NoteMessages.SignedIsLocked));
        if (request.ExpectedVersion is { } expected && expected != note.Version)
            return Result.Conflict(new Message(NoteMessages.SavedElsewhere, note.SavedAt));

        var discarded = note.Discard(clock.GetUtcNow());
        if (discarded.Failed) return discarded;
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Conflict(new Message(NoteMessages.SavedElsewhere, note.SavedAt));
        }
    }
}
