using Casewell.Contacts;

namespace Casewell.Notes;

/// <summary>What each type of note means for the case.</summary>
public static class NoteTypes
{
    /// <summary>
    /// The contact a signed note of this type records on the case, or null for what is no contact (supervision, an
    /// attempt that reached nobody, anything else). A school visit sees the client, so it counts like any other contact
    /// with them; the contacts list knows it as "other". Whether a contact moves the required-contact clock is the
    /// contact's own rule (<see cref="CaseContact.CountsAsClientContact"/>): a collateral call or a court date does not.
    /// </summary>
    public static ContactKind? ContactOf(NoteType type) => type switch
    {
        NoteType.HomeVisit => ContactKind.HomeVisit,
        NoteType.OfficeVisit => ContactKind.OfficeVisit,
        NoteType.Phone => ContactKind.Phone,
        NoteType.Video => ContactKind.Video,
        NoteType.CollateralContact => ContactKind.Collateral,
        NoteType.Court => ContactKind.Court,
        NoteType.SchoolVisit => ContactKind.Other,
        NoteType.Crisis => ContactKind.Crisis,
        _ => null,
    };
}
