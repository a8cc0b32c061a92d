using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>A note that holds the words searched for, with them shown in context.</summary>
public sealed record NoteHit(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string ClientName,
    NoteType Type,
    DateTimeOffset? StartedAt,
    NoteStatus Status,
    string AuthorName,
    IReadOnlyList<NoteSnippetPart> Snippet);

public sealed record NoteSearchResults(IReadOnlyList<string> Words, PageOf<NoteHit> Notes);

/// <summary>
/// Notes found by their words: in one case (<see cref="CaseId"/>), or in every case the reader may read. Newest contact
/// first. Through <see cref="NoteAccess.Readable"/>, as the lists are: a draft is found by its author alone, and a case
/// the reader may not read, or a restricted one they are not listed on, holds no match. Each search is one
/// Note.Searched entry naming every client whose notes it showed (and, in a case, that case's Case.NotesViewed).
/// </summary>
public sealed record SearchNotes(string? Query, Guid? CaseId = null, int? Page = 1, int? PageSize = null);

public sealed class SearchNotesHandler(CasewellDbContext db, NoteAccess notes, CaseReads reads, ListReads lists)
{
    public async Task<Result<NoteSearchResults>> Handle(SearchNotes request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = NoteSearchText.Parse(request.Query);
        if (parsed.Value is not { } text) return Result<NoteSearchResults>.From(parsed);
        if (request.CaseId is { } caseId && await reads.ReadHeadingAsync(caseId, CaseRead.Notes, "search", ct) is null)
            return Result<NoteSearchResults>.NotFound();

        var matching = Matching(text);
        var found = notes.Readable(db.Notes).AsNoTracking().Where(n => matching.Contains(n.Id));
        if (request.CaseId is { } inCase) found = found.Where(n => n.CaseId == inCase);
        var ordered = from n in found
                      join c in db.Cases on n.CaseId equals c.Id
                      join client in db.Clients on c.ClientId equals client.Id
                      orderby n.StartedAt ?? n.CreatedAt descending, n.Id descending
                      select new ClientRow<NoteHit>(c.ClientId, new NoteHit(n.Id, n.CaseId, c.CaseNumber,
                          (client.PreferredName ?? client.FirstName) + " " + client.LastName, n.Type, n.StartedAt, n.Status, n.AuthorName, Array.Empty<NoteSnippetPart>()));
        var (page, size) = PageOf<NoteHit>.Normalize(request.Page, request.PageSize);
        var shown = await lists.ShowPageAsync(ordered, page, size, ListRead.NoteSearch, null, ct);

        var ids = shown.Items.Select(h => h.Id).ToList();
        var sections = (await db.NoteSections.AsNoTracking().Where(s => ids.Contains(s.NoteId)).Select(s => new { s.NoteId, s.Kind, s.Text }).ToListAsync(ct))
            .GroupBy(s => s.NoteId)
            .ToDictionary(g => g.Key, g => string.Join(' ', g.OrderBy(s => s.Kind).Select(s => s.Text).Where(t => t.Length > 0)));
        var hits = shown.Items.Select(h => h with { Snippet = NoteSnippet.Of(sections.GetValueOrDefault(h.Id) ?? "", text.Words) }).ToList();
        return Result<NoteSearchResults>.Ok(new(text.Words, new PageOf<NoteHit>(hits, shown.Page, shown.PageSize, shown.HasMore)));
    }

    /// <summary>The ids of the notes holding every word, from the database's own index (<see cref="SqliteNoteSql"/>, <see cref="PostgresNoteSql"/>).</summary>
    private IQueryable<Guid> Matching(NoteSearchText text)
    {
        if (db.Database.IsSqlite()) return db.Database.SqlQueryRaw<Guid>(SqliteNoteSql.MatchingNotes, text.ToFts5());
        var queries = text.ToTsQueries().ToArray<object>();
        return db.Database.SqlQueryRaw<Guid>(string.Join(" INTERSECT ", queries.Select((_, i) => PostgresNoteSql.NotesMatching(i))), queries);
    }
}
