using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// The notes' full-text index, as each database keeps it (<see cref="SqliteNoteSql.CreateSearch"/>,
/// <see cref="PostgresNoteSql.CreateSearch"/>). It answers which notes hold the words, whoever wrote them: a caller
/// always narrows that through <see cref="Access.NoteAccess.Readable"/>.
/// </summary>
public sealed class NoteSearchIndex(CasewellDbContext db)
{
    /// <summary>The ids of the notes holding every word, to compose into a query (it runs as a subquery of it).</summary>
    public IQueryable<Guid> NotesMatching(NoteSearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (db.Database.IsSqlite()) return db.Database.SqlQueryRaw<Guid>(SqliteNoteSql.MatchingNotes, text.ToFts5());
        var queries = text.ToTsQueries().ToArray<object>();
        return db.Database.SqlQueryRaw<Guid>(string.Join(" INTERSECT ", queries.Select((_, i) => PostgresNoteSql.NotesMatching(i))), queries);
    }

    /// <summary>The snippet of each of the notes (already shown to the reader), its sections read in their format's order.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<NoteSnippetPart>>> SnippetsAsync(IReadOnlyCollection<Guid> noteIds, NoteSearchText text,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = await db.NoteSections.AsNoTracking().Where(s => noteIds.Contains(s.NoteId)).Select(s => new { s.NoteId, s.Kind, s.Text }).ToListAsync(ct);
        return sections.GroupBy(s => s.NoteId).ToDictionary(g => g.Key,
            g => NoteSnippet.Of(string.Join(' ', g.OrderBy(s => s.Kind).Select(s => s.Text).Where(t => t.Length > 0)), text.Words));
    }
}
