namespace Casewell.Notes;

/// <summary>A draft as saved: its version for the next save, and when ("Saved at 10:42").</summary>
public sealed record SavedNote(Guid NoteId, int Version, DateTimeOffset SavedAt);
