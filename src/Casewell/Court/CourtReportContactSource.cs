using Casewell.Data;
using Casewell.Notes;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// Where a report's contacts come from: the case's signed notes of contacts and of attempts to make one (decision 0033).
/// A draft is not yet the record and is never reported; supervision and "other" notes are the agency's own business,
/// not a contact with the family.
/// </summary>
internal static class CourtReportContactSource
{
    private static readonly NoteType[] Reported =
    [
        NoteType.HomeVisit, NoteType.OfficeVisit, NoteType.Phone, NoteType.Video, NoteType.CollateralContact, NoteType.Court, NoteType.SchoolVisit,
        NoteType.Crisis, NoteType.AttemptedContact,
    ];

    /// <summary>The case's reported notes that started in [<paramref name="from"/>, <paramref name="until"/>), oldest first.</summary>
    public static async Task<List<CourtReportNote>> InPeriodAsync(CasewellDbContext db, Guid caseId, DateTimeOffset from, DateTimeOffset until,
        CancellationToken ct)
    {
        // One query for the notes with their sections and participants (split, so that a note's rows are not multiplied
        // by each other), one for the addenda of those notes.
        var notes = await InPeriod(db, caseId, from, until).AsNoTracking()
            .Include(n => n.Sections).Include(n => n.Participants).AsSplitQuery()
            .OrderBy(n => n.StartedAt).ThenBy(n => n.Id)
            .ToListAsync(ct);
        var ids = notes.Select(n => n.Id).ToList();
        var addenda = (await db.NoteAddenda.AsNoTracking().Where(a => ids.Contains(a.NoteId)).ToListAsync(ct))
            .OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .ToLookup(a => a.NoteId);
        return
        [
            .. notes.Select(n => new CourtReportNote(n.StartedAt!.Value, n.Type, n.AuthorName,
                [.. n.Participants.OrderBy(p => p.Position).Select(p => p.Name)],
                [.. NoteFormats.SectionsOf(n.Format).SelectMany(k => n.Sections.Where(s => s.Kind == k)).Select(s => new CourtReportNoteSection(s.Kind, s.Text))],
                [.. addenda[n.Id].Select(a => new CourtReportAddendum(a.AddedAt, a.AuthorName, a.Text))])),
        ];
    }

    public static Task<bool> AnyInPeriodAsync(CasewellDbContext db, Guid caseId, DateTimeOffset from, DateTimeOffset until, CancellationToken ct) =>
        InPeriod(db, caseId, from, until).AnyAsync(ct);

    private static IQueryable<Note> InPeriod(CasewellDbContext db, Guid caseId, DateTimeOffset from, DateTimeOffset until) =>
        db.Notes.Where(n => n.CaseId == caseId && n.Status == NoteStatus.Signed && n.StartedAt >= from && n.StartedAt < until && Reported.Contains(n.Type));
}
