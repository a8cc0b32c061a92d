using Casewell.Cases;

namespace Casewell.Notes;

/// <summary>
/// A correction or addition to a signed note, with its own author and time. The note itself is never touched again:
/// an addendum is a row of its own, shown under it.
/// </summary>
public sealed class NoteAddendum
{
    public const int MaxTextLength = 4000;

    private NoteAddendum() { }

    internal NoteAddendum(Guid id, Note note, StaffRef author, string text, DateTimeOffset now)
    {
        Id = id;
        NoteId = note.Id;
        CaseId = note.CaseId;
        AuthorId = author.Id;
        AuthorName = author.Name;
        Text = text.Trim();
        AddedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid NoteId { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
}
