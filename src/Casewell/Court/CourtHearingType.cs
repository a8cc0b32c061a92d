namespace Casewell.Court;

/// <summary>
/// What a hearing is for. The list serves the courts Casewell's programs meet: juvenile dependency (child welfare),
/// probate and protective-order courts (adult protective services), mental health courts, and criminal courts for reentry.
/// </summary>
public enum CourtHearingType
{
    /// <summary>The first hearing after a removal or arrest: shelter care, emergency custody, detention.</summary>
    ShelterOrDetention,

    /// <summary>Fact-finding: whether the petition's allegations are proven (jurisdiction).</summary>
    Adjudication,

    /// <summary>What happens now that they are: placement, services, orders.</summary>
    Disposition,

    /// <summary>A periodic review of the case plan and progress.</summary>
    Review,

    /// <summary>The permanency plan: reunification, adoption, guardianship, another planned arrangement.</summary>
    Permanency,

    TerminationOfParentalRights,

    /// <summary>Guardianship or conservatorship of a child or of an adult who cannot decide for themselves.</summary>
    Guardianship,

    /// <summary>A protective order (domestic violence, elder abuse).</summary>
    ProtectiveOrder,

    /// <summary>A mental health court's competency evaluation or civil commitment hearing.</summary>
    CompetencyOrCommitment,

    /// <summary>Probation, parole or supervision conditions and violations (corrections and reentry).</summary>
    ProbationReview,

    Other,
}
