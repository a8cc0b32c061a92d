namespace Casewell.Notes;

/// <summary>
/// Someone who took part in the contact: the record they are (the client, a relationship, a collateral contact, a
/// staff account) where there is one, and their name as it was, so that the note reads the same after a rename.
/// </summary>
public sealed class NoteParticipant
{
    private NoteParticipant() { }

    internal NoteParticipant(Guid id, Guid noteId, Guid caseId, int position, ParticipantRef who)
    {
        Id = id;
        NoteId = noteId;
        CaseId = caseId;
        Position = position;
        Kind = who.Kind;
        RecordId = who.RecordId;
        Name = who.Name;
    }

    public Guid Id { get; private set; }
    public Guid NoteId { get; private set; }
    public Guid CaseId { get; private set; }
    public int Position { get; private set; }
    public ParticipantKind Kind { get; private set; }

    /// <summary>The client, relationship, collateral contact or staff account; none for an interpreter or another person.</summary>
    public Guid? RecordId { get; private set; }
    public string Name { get; private set; } = "";

    public ParticipantRef Ref => new(Kind, RecordId, Name);
}

/// <summary>A participant as a request names it, resolved (the name copied from the record where there is one).</summary>
public sealed record ParticipantRef(ParticipantKind Kind, Guid? RecordId, string Name);
