namespace Casewell.Notes;

/// <summary>What a note documents: a contact, or an event on the case that is not one.</summary>
public enum NoteType
{
    HomeVisit,
    OfficeVisit,
    Phone,
    Video,
    CollateralContact,
    Court,
    SchoolVisit,
    Crisis,
    Supervision,
    AttemptedContact,
    Other,
}
