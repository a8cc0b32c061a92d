namespace Casewell.Clients;

/// <summary>How sure the worker is of a date of birth: people in crisis often know only a year or an age.</summary>
public enum BirthDatePrecision
{
    Exact,
    Approximate,
}

/// <summary>Sex recorded at birth or on documents, as US Core's birth sex extension offers it.</summary>
public enum Sex
{
    Female,
    Male,
    Intersex,
    Unknown,
    DeclinedToAnswer,
}

public enum GenderIdentity
{
    Woman,
    Man,
    TransgenderWoman,
    TransgenderMan,
    NonBinary,
    AnotherIdentity,
    DeclinedToAnswer,
}

/// <summary>
/// The combined race and ethnicity question of OMB's 2024 Statistical Policy Directive No. 15: a person may
/// select several.
/// </summary>
[Flags]
public enum RaceEthnicity
{
    None = 0,
    AmericanIndianOrAlaskaNative = 1,
    Asian = 2,
    BlackOrAfricanAmerican = 4,
    HispanicOrLatino = 8,
    MiddleEasternOrNorthAfrican = 16,
    NativeHawaiianOrPacificIslander = 32,
    White = 64,
    DeclinedToAnswer = 128,
}

public enum VeteranStatus
{
    Unknown,
    Veteran,
    NotAVeteran,
    DeclinedToAnswer,
}

public enum AliasKind
{
    Alias,
    PreviousLegalName,
    MaidenName,
    Nickname,
}

public enum IdentifierKind
{
    SocialSecurityNumber,
    Medicaid,
    Medicare,
    StateId,
    DriversLicense,
    Other,
}
