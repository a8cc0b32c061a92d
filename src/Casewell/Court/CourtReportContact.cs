using Casewell.Contacts;
using Casewell.Notes;

namespace Casewell.Court;

/// <summary>
/// One contact as the report shows it, copied from a signed note when the draft is compiled: a court reads what was
/// documented then, and a correction belongs in the record (an addendum), not in the report's copy. Reports compiled
/// before notes existed hold contacts without a <paramref name="NoteType"/>; their <paramref name="Kind"/> names them.
/// </summary>
public sealed record CourtReportContact(DateTimeOffset OccurredAt, ContactKind Kind, string Participants, string Summary, NoteType? NoteType = null)
{
    /// <summary>The note's contact line: its author first among who took part, and its sections and addenda as worded.</summary>
    public static CourtReportContact Of(CourtReportNote note, CourtReportWording wording)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(wording);
        // An attempt that reached nobody is no contact of the case's, but it is an effort the court weighs: "other".
        var kind = NoteTypes.ContactOf(note.Type) ?? ContactKind.Other;
        return new CourtReportContact(note.StartedAt, kind, string.Join(", ", [note.AuthorName, .. note.Participants]), wording.NoteSummary(note), note.Type);
    }
}
