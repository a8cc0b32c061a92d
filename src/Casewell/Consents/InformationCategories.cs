namespace Casewell.Consents;

/// <summary>
/// The kinds of information a consent may authorize and a disclosure may release. A set of flags, stored as a
/// number: never renumber a value, or stored consents would change what they cover.
/// </summary>
[Flags]
public enum InformationCategories
{
    None = 0,
    Demographics = 1,
    CaseInformation = 1 << 1,
    Assessments = 1 << 2,
    ServicePlans = 1 << 3,
    ContactNotes = 1 << 4,
    Medical = 1 << 5,
    MentalHealth = 1 << 6,

    /// <summary>Substance use disorder treatment records: 42 CFR Part 2. A consent must name this category itself.</summary>
    SubstanceUseTreatment = 1 << 7,
    Hiv = 1 << 8,
    Education = 1 << 9,
    Court = 1 << 10,
    Housing = 1 << 11,
    Employment = 1 << 12,
    Benefits = 1 << 13,
}
