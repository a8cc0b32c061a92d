using System.Globalization;
using Casewell.Clients;
using Casewell.Clients.Matching;

namespace Casewell.Tests.Clients.Matching;

/// <summary>Builds match subjects: John Smith with nothing else known unless a test says otherwise.</summary>
public sealed class SubjectBuilder
{
    private readonly List<PersonName> otherNames = [];
    private readonly List<IdentifierHash> identifiers = [];
    private PersonName name = new("John", null, "Smith");
    private string? preferredName;
    private DateOnly? birthDate;
    private BirthDatePrecision precision;

    public static SubjectBuilder Named(string first, string last) => new() { name = new PersonName(first, null, last) };

    public SubjectBuilder WithMiddleName(string middle)
    {
        name = name with { Middle = middle };
        return this;
    }

    public SubjectBuilder Preferring(string preferred)
    {
        preferredName = preferred;
        return this;
    }

    public SubjectBuilder AlsoKnownAs(string first, string last)
    {
        otherNames.Add(new PersonName(first, null, last));
        return this;
    }

    public SubjectBuilder Born(string isoDate)
    {
        birthDate = DateOnly.Parse(isoDate, CultureInfo.InvariantCulture);
        precision = BirthDatePrecision.Exact;
        return this;
    }

    public SubjectBuilder BornAbout(string isoDate)
    {
        birthDate = DateOnly.Parse(isoDate, CultureInfo.InvariantCulture);
        precision = BirthDatePrecision.Approximate;
        return this;
    }

    public SubjectBuilder WithIdentifier(IdentifierKind kind, string lookupHash)
    {
        identifiers.Add(new IdentifierHash(kind, lookupHash));
        return this;
    }

    public SubjectBuilder WithSocialSecurityNumber(string lookupHash) => WithIdentifier(IdentifierKind.SocialSecurityNumber, lookupHash);

    public MatchSubject Build() => new(name, [.. otherNames], preferredName, birthDate, precision, [.. identifiers]);
}
