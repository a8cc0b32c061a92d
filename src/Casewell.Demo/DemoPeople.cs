using System.Globalization;
using Casewell.Clients;

namespace Casewell.Demo;

/// <summary>A generated person before they become a client: their facts, other names and identifiers.</summary>
internal sealed record DemoPerson(ClientDetails Details, IReadOnlyList<AliasInput> Aliases, IReadOnlyList<IdentifierInput> Identifiers)
{
    public string FirstName => Details.LegalName.First;
    public string LastName => Details.LegalName.Last;
    public bool IsFemale => Details.Sex == Sex.Female;
}

/// <summary>Makes plausible people: names, ages, contact details and identifiers in realistic proportions.</summary>
internal sealed class DemoPeople(DemoRandom random, DateOnly today)
{
    private readonly HashSet<int> usedSocialSecurityNumbers = [];
    private int nextMedicaidNumber = 10_000_000;

    public string Surname() => random.Pick(DemoVocabulary.Surnames);

    public string GivenName(bool female) => random.Pick(female ? DemoVocabulary.FemaleNames : DemoVocabulary.MaleNames);

    public DemoAddress Address() => new(
        $"{random.Between(10, 9899)} {random.Pick(DemoVocabulary.Streets)} {random.Pick(DemoVocabulary.StreetKinds)}",
        random.Chance(0.15) ? $"Apt {random.Between(1, 40)}" : null,
        random.Pick(DemoVocabulary.Towns));

    /// <summary>A fictional number: 555-0100 to 555-0199 are reserved and reach no one.</summary>
    public string Phone() => $"({random.Between(200, 989)}) 555-01{random.Between(0, 99):00}";

    public DemoPerson Person(string lastName, bool female, int minAge, int maxAge, DemoAddress home, string? language)
    {
        var first = GivenName(female);
        var birth = random.DateBetween(today.AddYears(-maxAge - 1).AddDays(1), today.AddYears(-minAge));
        var age = Age(birth);
        var approximate = random.Chance(0.03);
        var details = new ClientDetails
        {
            LegalName = new PersonName(first, random.Chance(0.6) ? GivenName(female) : null, lastName),
            PreferredName = PreferredName(first),
            BirthDate = approximate ? new DateOnly(birth.Year, 7, 1) : birth,
            BirthDatePrecision = approximate ? BirthDatePrecision.Approximate : BirthDatePrecision.Exact,
            Sex = female ? Sex.Female : Sex.Male,
            GenderIdentity = GenderIdentity(female, age),
            Phone = age >= 14 && random.Chance(0.85) ? Phone() : null,
            Email = age >= 16 && random.Chance(0.45) ? Email(first, lastName) : null,
            Address = new PostalAddress(home.Line1, home.Line2, home.Town.City, "OH", home.Town.Zip),
            PreferredLanguage = language,
            InterpreterNeeded = language is not null && (age >= 18 ? random.Chance(0.6) : random.Chance(0.1)),
            RaceEthnicity = RaceEthnicity(),
            VeteranStatus = age < 18 ? VeteranStatus.NotAVeteran : Veteran(),
        };
        return new DemoPerson(details, [], Identifiers(age));
    }

    /// <summary>A woman who took a partner's surname keeps her birth surname as a maiden name.</summary>
    public static DemoPerson WithMaidenName(DemoPerson person, string marriedName) => person.LastName == marriedName ? person : person with
    {
        Details = person.Details with { LegalName = person.Details.LegalName with { Last = marriedName } },
        Aliases = [.. person.Aliases, new AliasInput(AliasKind.MaidenName, person.FirstName, null, person.LastName)],
    };

    public int Age(DateOnly birth)
    {
        var age = today.Year - birth.Year;
        return birth.AddYears(age) > today ? age - 1 : age;
    }

    public string? Language() => random.Chance(0.12) ? random.Pick(DemoVocabulary.Languages) : null;

    private string? PreferredName(string first)
    {
        if (!random.Chance(0.3)) return null;
        foreach (var (formal, nickname) in DemoVocabulary.Nicknames)
        {
            if (formal == first) return nickname;
        }
        return null;
    }

    private string Email(string first, string last) =>
        $"{Simplify(first)}.{Simplify(last)}{random.Between(1, 99)}@{random.Pick(EmailDomains)}";

    private static readonly string[] EmailDomains = ["mail.example", "example.com", "example.net", "example.org"];

    private static string Simplify(string name) =>
        new([.. name.ToLowerInvariant().Where(char.IsAsciiLetter)]);

    private GenderIdentity? GenderIdentity(bool female, int age)
    {
        if (age < 13 || random.Chance(0.35)) return null;
        if (random.Chance(0.02)) return random.Pick([Clients.GenderIdentity.NonBinary, female ? Clients.GenderIdentity.TransgenderMan : Clients.GenderIdentity.TransgenderWoman]);
        return female ? Clients.GenderIdentity.Woman : Clients.GenderIdentity.Man;
    }

    private RaceEthnicity RaceEthnicity()
    {
        if (random.Chance(0.06)) return Clients.RaceEthnicity.DeclinedToAnswer;
        var race = random.Pick(RaceMix);
        if (random.Chance(0.08)) race |= random.Pick(RaceMix);
        return race;
    }

    private static readonly RaceEthnicity[] RaceMix =
    [
        Clients.RaceEthnicity.White, Clients.RaceEthnicity.White, Clients.RaceEthnicity.White, Clients.RaceEthnicity.White,
        Clients.RaceEthnicity.BlackOrAfricanAmerican, Clients.RaceEthnicity.BlackOrAfricanAmerican,
        Clients.RaceEthnicity.HispanicOrLatino, Clients.RaceEthnicity.HispanicOrLatino,
        Clients.RaceEthnicity.Asian, Clients.RaceEthnicity.AmericanIndianOrAlaskaNative,
        Clients.RaceEthnicity.MiddleEasternOrNorthAfrican, Clients.RaceEthnicity.NativeHawaiianOrPacificIslander,
    ];

    private VeteranStatus Veteran() =>
        random.Chance(0.07) ? VeteranStatus.Veteran : random.Chance(0.2) ? VeteranStatus.Unknown : VeteranStatus.NotAVeteran;

    private List<IdentifierInput> Identifiers(int age)
    {
        var identifiers = new List<IdentifierInput>();
        if (random.Chance(age < 18 ? 0.6 : 0.8)) identifiers.Add(new IdentifierInput(IdentifierKind.SocialSecurityNumber, SocialSecurityNumber()));
        if (random.Chance(0.45)) identifiers.Add(new IdentifierInput(IdentifierKind.Medicaid, $"HC{nextMedicaidNumber++}"));
        if (age >= 65 && random.Chance(0.7)) identifiers.Add(new IdentifierInput(IdentifierKind.Medicare, MedicareNumber()));
        return identifiers;
    }

    /// <summary>A valid-looking, never-repeated SSN: area 001-665 or 667-899, group and serial not zero.</summary>
    private string SocialSecurityNumber()
    {
        while (true)
        {
            var area = random.Between(1, 899);
            if (area == 666) continue;
            var number = (area * 100 + random.Between(1, 99)) * 10_000 + random.Between(1, 9999);
            if (usedSocialSecurityNumbers.Add(number))
                return number.ToString("000-00-0000", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The shape of a Medicare Beneficiary Identifier: eleven letters and digits.</summary>
    private string MedicareNumber() =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Between(1, 9)}EG{random.Between(1, 9)}TE{random.Between(10, 99)}MK{random.Between(10, 99)}");
}

internal sealed record DemoAddress(string Line1, string? Line2, (string City, string Zip) Town);
