using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

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
/// Notes found by their words in every case the reader may read, newest contact first (one case's are searched by
/// <see cref="ListCaseNotes"/>). Through <see cref="NoteAccess.Readable"/>, as the lists are: a draft is found by its
/// author alone, and a case the reader may not read, or a restricted one they are not listed on, holds no match.
/// Each search is one Note.Searched entry naming every client whose notes it showed.
/// </summary>
public sealed record SearchNotes(string? Query, int? Page = 1, int? PageSize = null);

public sealed class SearchNotesHandler(CasewellDbContext db, NoteAccess notes, NoteSearchIndex index, ListReads lists)
{
    public async Task<Result<NoteSearchResults>> Handle(SearchNotes request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = NoteSearchText.Parse(request.Query);
        if (parsed.Value is not { } text) return Result<NoteSearchResults>.From(parsed);

        var matching = index.NotesMatching(text);
        var ordered = from n in notes.Readable(db.Notes).Where(n => matching.Contains(n.Id))
                      join c in db.Cases on n.CaseId equals c.Id
                      join client in db.Clients on c.ClientId equals client.Id
                      orderby n.StartedAt ?? n.CreatedAt descending, n.Id descending
                      select new ClientRow<NoteHit>(c.ClientId, new NoteHit(n.Id, n.CaseId, c.CaseNumber,
                          (client.PreferredName ?? client.FirstName) + " " + client.LastName, n.Type, n.StartedAt, n.Status, n.AuthorName,
                          Array.Empty<NoteSnippetPart>()));
        var (page, size) = PageOf<NoteHit>.Normalize(request.Page, request.PageSize);
        var shown = await lists.ShowPageAsync(ordered, page, size, ListRead.NoteSearch, null, ct);

        var snippets = await index.SnippetsAsync([.. shown.Items.Select(h => h.Id)], text, ct);
        var hits = shown.Items.Select(h => h with { Snippet = snippets.GetValueOrDefault(h.Id) ?? [] }).ToList();
        return Result<NoteSearchResults>.Ok(new(text.Words, shown with { Items = hits }));
    }
}
