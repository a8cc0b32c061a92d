using Casewell.Notes;

namespace Casewell.Court;

/// <summary>
/// A signed note of the period as the report is compiled from it: when, what type, who wrote it and who took part, what
/// each section of its format says, and the addenda that correct it. The web words it into the report's contact line.
/// </summary>
public sealed record CourtReportNote(
    DateTimeOffset StartedAt,
    NoteType Type,
    string AuthorName,
    IReadOnlyList<string> Participants,
    IReadOnlyList<CourtReportNoteSection> Sections,
    IReadOnlyList<CourtReportAddendum> Addenda);

public sealed record CourtReportNoteSection(NoteSectionKind Kind, string Text);

public sealed record CourtReportAddendum(DateTimeOffset AddedAt, string AuthorName, string Text);
