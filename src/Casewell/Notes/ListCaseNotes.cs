using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

public sealed record CaseNotes(CaseHeading Case, PageOf<NoteSummary> Notes, bool MayWrite);

/// <summary>
/// A case's notes, newest contact first: the signed ones, and the reader's own drafts (nobody else's). Paged; each
/// view is one Case.NotesViewed entry on the case's client.
/// </summary>
public sealed record ListCaseNotes(Guid CaseId, int? Page = 1, int? PageSize = null);

public sealed class ListCaseNotesHandler(CasewellDbContext db, CaseReads reads, CaseAccess access, NoteAccess notes)
{
    public async Task<Result<CaseNotes>> Handle(ListCaseNotes request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Notes, null, ct);
        if (heading is null) return Result<CaseNotes>.NotFound();

        var (page, size) = PageOf<NoteSummary>.Normalize(request.Page, request.PageSize);
        // A draft with no time yet sorts by when it was started.
        var rows = await PageOf<NoteSummary>.ReadAsync(notes.Readable(db.Notes).AsNoTracking()
            .Where(n => n.CaseId == request.CaseId)
            .OrderByDescending(n => n.StartedAt ?? n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NoteSummary(n.Id, n.Type, n.Format, n.StartedAt, n.DurationMinutes, n.Status, n.AuthorId, n.AuthorName, n.SignedAt,
                n.IsLateEntry, db.NoteAddenda.Count(a => a.NoteId == n.Id))), page, size, ct);
        var mayWrite = access.CanWork && heading.Status != CaseStatus.Closed && await access.Editable(db.Cases).AnyAsync(c => c.Id == request.CaseId, ct);
        return Result<CaseNotes>.Ok(new CaseNotes(heading, rows, mayWrite));
    }
}
