using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// Adds a correction or addition under a signed note, by anyone who may change its case (its workers, its
/// supervisors), with their name and the time. The note is not touched. A draft takes none: it is still corrected by
/// editing it (422).
/// </summary>
public sealed record AddNoteAddendum(Guid NoteId, string? Text);

public sealed record AddedAddendum(Guid AddendumId, DateTimeOffset AddedAt);

public sealed class AddNoteAddendumHandler(CasewellDbContext db, NoteAccess notes, CaseAccess access, TimeProvider clock, AgencyCalendar calendar)
{
    public async Task<Result<AddedAddendum>> Handle(AddNoteAddendum request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Not tracked: nothing of a signed note may be written, even by mistake.
        var note = await notes.Readable(db.Notes).AsNoTracking().SingleOrDefaultAsync(n => n.Id == request.NoteId, ct);
        if (note is null)
        {
            await notes.RecordRefusalAsync(request.NoteId, "add an addendum", ct);
            return Result<AddedAddendum>.NotFound();
        }
        if (note.AddendumRefusal() is { } refused) return Result<AddedAddendum>.From(refused);

        var v = new Validation();
        v.Required("Text", request.Text, new Message(NoteMessages.RequiredAddendum));
        v.MultiLine("Text", request.Text, NoteAddendum.MaxTextLength, new Message(NoteMessages.Addendum));
        if (v.HasErrors) return Result<AddedAddendum>.Invalid(v.ToDictionary());

        var (@case, failure) = await CaseChange.LoadAsync(db, access, note.CaseId, null, ct);
        if (@case is null) return Result<AddedAddendum>.From(failure!);

        var now = clock.GetUtcNow();
        var added = note.AddAddendum(Ids.New(clock), access.Actor, request.Text!, now);
        if (added.Failed) return Result<AddedAddendum>.From(added);
        db.NoteAddenda.Add(added.Value!);
        @case.RecordNoteAddendum(note.Id, note.Type.ToString(), note.StartedAt is { } start ? calendar.DateOf(start) : null, access.Actor, now);
        var saved = await CaseChange.SaveAsync(db, @case, @case.Version, ct);
        return saved.Failed ? Result<AddedAddendum>.From(saved) : Result<AddedAddendum>.Ok(new AddedAddendum(added.Value!.Id, now));
    }
}
