namespace Casewell.Cases;

/// <summary>Who brought the case to the agency: funders and state reports count cases by it.</summary>
public enum ReferralSource
{
    Self,
    FamilyOrFriend,
    Hotline,
    School,
    Hospital,
    HealthProvider,
    LawEnforcement,
    Court,
    CorrectionsOrProbation,
    OtherAgency,
    Other,
}
