using Casewell.Audit;
using Casewell.Data;
using Casewell.Notes;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// Which notes the actor may read: the signed notes of every case they may read (<see cref="CaseAccess.Readable"/>),
/// and their own drafts there. Someone else's draft does not exist for them, nor does a discarded one: a draft is
/// private work until it is signed, and answers as no note at all (404), whoever asks.
/// </summary>
public sealed class NoteAccess(CasewellDbContext db, CaseAccess cases)
{
    public IQueryable<Note> Readable(IQueryable<Note> notes)
    {
        var me = cases.Actor.Id;
        var readable = cases.Readable(db.Cases);
        return notes.Where(n => (n.Status == NoteStatus.Signed || (n.Status == NoteStatus.Draft && n.AuthorId == me))
            && readable.Any(c => c.Id == n.CaseId));
    }

    /// <summary>The actor's own drafts on cases they may read: what they may save, sign or discard.</summary>
    public IQueryable<Note> OwnDrafts(IQueryable<Note> notes)
    {
        var me = cases.Actor.Id;
        return Readable(notes).Where(n => n.Status == NoteStatus.Draft && n.AuthorId == me);
    }

    /// <summary>
    /// Records an attempt on a note the actor may not reach, or on none: one entry per refused request, naming the
    /// note's client where there is a note, saved at once.
    /// </summary>
    public async Task RecordRefusalAsync(Guid noteId, string attempt, CancellationToken ct)
    {
        var clientId = await (from n in db.Notes
                              where n.Id == noteId
                              join c in db.Cases on n.CaseId equals c.Id
                              select (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
        db.RecordAccess(AuditAction.NoteAccessRefused, nameof(Note), noteId.ToString(), clientId, attempt);
        await db.SaveChangesAsync(ct);
    }
}
