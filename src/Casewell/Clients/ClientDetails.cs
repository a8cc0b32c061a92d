namespace Casewell.Clients;

/// <summary>The editable facts of a client's profile, as intake records them and as an edit replaces them.</summary>
public sealed record ClientDetails
{
    public const int MaxPhoneLength = 30;
    public const int MaxEmailLength = 254;
    public const int MaxLanguageLength = 50;
    public const int MaxPreferredNameLength = 100;

    public required PersonName LegalName { get; init; }
    public string? PreferredName { get; init; }
    public DateOnly? BirthDate { get; init; }
    public BirthDatePrecision BirthDatePrecision { get; init; }
    public Sex? Sex { get; init; }
    public GenderIdentity? GenderIdentity { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public PostalAddress Address { get; init; } = new(null, null, null, null, null);
    public string? PreferredLanguage { get; init; }
    public bool InterpreterNeeded { get; init; }
    public RaceEthnicity RaceEthnicity { get; init; }
    public VeteranStatus VeteranStatus { get; init; }
}
