namespace Casewell.Notes;

/// <summary>
/// A draft as the page or the API sends it, every field optional but the type and format: a draft is saved as it
/// is typed, and only signing asks for it whole. Sections are keyed by name ("Data", "Plan").
/// </summary>
public sealed record NoteDraftInput(
    NoteType? Type,
    NoteFormat? Format,
    DateTimeOffset? StartedAt,
    int? DurationMinutes,
    string? Location,
    IReadOnlyDictionary<string, string?>? Sections,
    IReadOnlyList<ParticipantInput>? Participants);

/// <summary>
/// One participant: the client, a household member (a relationship's id) or a collateral contact (its id) of the
/// case's client, or a staff account, by record; an interpreter or another person by name.
/// </summary>
public sealed record ParticipantInput(ParticipantKind? Kind, Guid? RecordId, string? Name);
