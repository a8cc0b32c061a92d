namespace Casewell.Notes;

/// <summary>
/// The text of one section of a note. It carries its case so that the audit entry of its change names the case's
/// client, as every other part of a case does.
/// </summary>
public sealed class NoteSection
{
    private NoteSection() { }

    internal NoteSection(Guid noteId, Guid caseId, NoteSectionKind kind, string text)
    {
        NoteId = noteId;
        CaseId = caseId;
        Kind = kind;
        Text = text;
    }

    public Guid NoteId { get; private set; }
    public Guid CaseId { get; private set; }
    public NoteSectionKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    internal void Rewrite(string text) => Text = text;
}
