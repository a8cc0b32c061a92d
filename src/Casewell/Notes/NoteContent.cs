namespace Casewell.Notes;

/// <summary>What a draft holds, checked for shape and resolved (participants named from their records).</summary>
public sealed record NoteContent(
    NoteType Type,
    NoteFormat Format,
    DateTimeOffset? StartedAt,
    int? DurationMinutes,
    string? Location,
    IReadOnlyDictionary<NoteSectionKind, string> Sections,
    IReadOnlyList<ParticipantRef> Participants);
