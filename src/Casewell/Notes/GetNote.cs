using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>A note with its case and its addenda, and what the reader may do with it now.</summary>
public sealed record NoteDetail(NoteView Note, CaseHeading Case, IReadOnlyList<NoteAddendumView> Addenda, bool MaySign, bool MayAddAddendum);

/// <summary>
/// One note: a signed note for whoever may read its case, a draft for its author alone (for anyone else it does not
/// exist). Each view is audited as Note.Viewed on the case's client.
/// </summary>
public sealed record GetNote(Guid NoteId);

public sealed class GetNoteHandler(CasewellDbContext db, CaseReads reads, CaseAccess access)
{
    public async Task<Result<NoteDetail>> Handle(GetNote request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = await reads.ReadNoteAsync(request.NoteId, n => new
        {
            n.Id,
            n.CaseId,
            n.Type,
            n.Format,
            n.StartedAt,
            n.DurationMinutes,
            n.Location,
            n.Status,
            n.AuthorId,
            n.AuthorName,
            n.CreatedAt,
            n.SavedAt,
            n.SignedAt,
            n.IsLateEntry,
            n.LateEntryReason,
            n.Version,
            Sections = n.Sections.Select(s => new NoteSectionView(s.Kind, s.Text)).ToList(),
            Participants = n.Participants.OrderBy(p => p.Position).Select(p => new NoteParticipantView(p.Kind, p.RecordId, p.Name)).ToList(),
        }, ct);
        if (read is not { } found) return Result<NoteDetail>.NotFound();
        var (n, heading) = found;

        // Every section of the format, in its order, empty ones too: the form has a field for each.
        var texts = n.Sections.ToDictionary(s => s.Kind, s => s.Text);
        var sections = NoteFormats.SectionsOf(n.Format).Select(k => new NoteSectionView(k, texts.GetValueOrDefault(k, ""))).ToList();
        var note = new NoteView(n.Id, n.CaseId, n.Type, n.Format, n.StartedAt, n.DurationMinutes, n.Location, n.Status, n.AuthorId, n.AuthorName,
            n.CreatedAt, n.SavedAt, n.SignedAt, n.IsLateEntry, n.LateEntryReason, sections, n.Participants, n.Version);
        var addenda = await db.NoteAddenda.AsNoTracking().Where(a => a.NoteId == n.Id).OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .Select(a => new NoteAddendumView(a.Id, a.AuthorId, a.AuthorName, a.Text, a.AddedAt)).ToListAsync(ct);
        var mayChangeCase = await access.Editable(db.Cases).AnyAsync(c => c.Id == n.CaseId, ct);
        return Result<NoteDetail>.Ok(new NoteDetail(note, heading, addenda,
            MaySign: n.Status == NoteStatus.Draft && mayChangeCase,
            MayAddAddendum: n.Status == NoteStatus.Signed && mayChangeCase));
    }
}
