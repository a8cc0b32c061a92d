using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

public sealed record CaseNotes(CaseHeading Case, PageOf<NoteSummary> Notes, bool MayWrite);

/// <summary>
/// A case's notes, newest contact first: the signed ones, and the reader's own drafts (nobody else's). Paged; each
/// view is one Case.NotesViewed entry on the case's client. With <see cref="Query"/>, only the notes holding its words
/// (<see cref="NoteSearchText"/>), each with a snippet, and a Note.Searched entry too when any was shown.
/// </summary>
public sealed record ListCaseNotes(Guid CaseId, int? Page = 1, int? PageSize = null, string? Query = null);

public sealed class ListCaseNotesHandler(CasewellDbContext db, CaseReads reads, CaseAccess access, NoteAccess notes, NoteSearchIndex index,
    ListReads lists)
{
    public async Task<Result<CaseNotes>> Handle(ListCaseNotes request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        NoteSearchText? search = null;
        if (request.Query is not null)
        {
            var parsed = NoteSearchText.Parse(request.Query);
            if (parsed.Value is null) return Result<CaseNotes>.From(parsed);
            search = parsed.Value;
        }
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Notes, search is null ? null : "search", ct);
        if (heading is null) return Result<CaseNotes>.NotFound();

        var (page, size) = PageOf<NoteSummary>.Normalize(request.Page, request.PageSize);
        var ofCase = notes.Readable(db.Notes).AsNoTracking().Where(n => n.CaseId == request.CaseId);
        if (search is not null)
        {
            var matching = index.NotesMatching(search);
            ofCase = ofCase.Where(n => matching.Contains(n.Id));
        }
        // A draft with no time yet sorts by when it was started.
        var rows = await PageOf<NoteSummary>.ReadAsync(ofCase
            .OrderByDescending(n => n.StartedAt ?? n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NoteSummary(n.Id, n.Type, n.Format, n.StartedAt, n.DurationMinutes, n.Status, n.AuthorId, n.AuthorName, n.SignedAt,
                n.IsLateEntry, db.NoteAddenda.Count(a => a.NoteId == n.Id), null)), page, size, ct);
        if (search is not null && rows.Items.Count > 0)
        {
            await lists.RecordShownAsync(ListRead.NoteSearch, [heading.ClientId], "case " + heading.Id, ct);
            var snippets = await index.SnippetsAsync([.. rows.Items.Select(n => n.Id)], search, ct);
            rows = rows with { Items = [.. rows.Items.Select(n => n with { Snippet = snippets.GetValueOrDefault(n.Id) ?? [] })] };
        }
        var mayWrite = access.CanWork && heading.Status != CaseStatus.Closed && await access.Editable(db.Cases).AnyAsync(c => c.Id == request.CaseId, ct);
        return Result<CaseNotes>.Ok(new CaseNotes(heading, rows, mayWrite));
    }
}
