namespace Casewell.Notes;

public sealed record NoteSectionView(NoteSectionKind Kind, string Text);

public sealed record NoteParticipantView(ParticipantKind Kind, Guid? RecordId, string Name);

public sealed record NoteAddendumView(Guid Id, Guid AuthorId, string AuthorName, string Text, DateTimeOffset AddedAt);

/// <summary>A note as its page and the API show it. Sections come in their format's order, every one of them.</summary>
public sealed record NoteView(
    Guid Id,
    Guid CaseId,
    NoteType Type,
    NoteFormat Format,
    DateTimeOffset? StartedAt,
    int? DurationMinutes,
    string? Location,
    NoteStatus Status,
    Guid AuthorId,
    string AuthorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset SavedAt,
    DateTimeOffset? SignedAt,
    bool IsLateEntry,
    string? LateEntryReason,
    IReadOnlyList<NoteSectionView> Sections,
    IReadOnlyList<NoteParticipantView> Participants,
    int Version);

/// <summary>A line of a case's notes list; a search's line has its snippet (<see cref="NoteSnippet"/>).</summary>
public sealed record NoteSummary(
    Guid Id,
    NoteType Type,
    NoteFormat Format,
    DateTimeOffset? StartedAt,
    int? DurationMinutes,
    NoteStatus Status,
    Guid AuthorId,
    string AuthorName,
    DateTimeOffset? SignedAt,
    bool IsLateEntry,
    int AddendumCount,
    IReadOnlyList<NoteSnippetPart>? Snippet);
