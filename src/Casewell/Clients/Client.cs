using System.Globalization;
using Casewell.Common;

namespace Casewell.Clients;

/// <summary>A person the agency serves: one record per person, found again at intake by duplicate matching.</summary>
public sealed class Client : IVersioned
{
    public const int MaxAliases = 20;
    public const int MaxIdentifiers = 10;

    private readonly List<ClientAlias> aliases = [];
    private readonly List<ClientIdentifier> identifiers = [];

    private Client() { }

    public Client(Guid id, ClientDetails details, DateTimeOffset createdAt, Guid createdBy)
    {
        ArgumentNullException.ThrowIfNull(details);
        Id = id;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        UpdatedAt = createdAt;
        Apply(details);
    }

    public Guid Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string? MiddleName { get; private set; }
    public string LastName { get; private set; } = "";
    public string? PreferredName { get; private set; }

    /// <summary>Upper-cased, accent-free copies for ordered listing and prefix search.</summary>
    public string SortLastName { get; private set; } = "";
    public string SortFirstName { get; private set; } = "";

    public DateOnly? BirthDate { get; private set; }
    public BirthDatePrecision BirthDatePrecision { get; private set; }
    public Sex? Sex { get; private set; }
    public GenderIdentity? GenderIdentity { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public PostalAddress Address { get; private set; } = new(null, null, null, null, null);
    public string? PreferredLanguage { get; private set; }
    public bool InterpreterNeeded { get; private set; }
    public RaceEthnicity RaceEthnicity { get; private set; }
    public VeteranStatus VeteranStatus { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<ClientAlias> Aliases => aliases;
    public IReadOnlyList<ClientIdentifier> Identifiers => identifiers;

    public PersonName LegalName => new(FirstName, MiddleName, LastName);

    /// <summary>The name to greet the person by: the one they asked for, else the legal first name.</summary>
    public string DisplayName => $"{(string.IsNullOrWhiteSpace(PreferredName) ? FirstName : PreferredName)} {LastName}";

    public ClientDetails Details => new()
    {
        LegalName = LegalName,
        PreferredName = PreferredName,
        BirthDate = BirthDate,
        BirthDatePrecision = BirthDatePrecision,
        Sex = Sex,
        GenderIdentity = GenderIdentity,
        Phone = Phone,
        Email = Email,
        Address = Address,
        PreferredLanguage = PreferredLanguage,
        InterpreterNeeded = InterpreterNeeded,
        RaceEthnicity = RaceEthnicity,
        VeteranStatus = VeteranStatus,
    };

    /// <summary>Replaces the profile's facts and says which fields changed, old and new, for the history.</summary>
    public IReadOnlyList<FieldChange> Update(ClientDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var before = Describe(Details);
        Apply(details);
        var after = Describe(Details);
        var changes = before
            .Where(b => !string.Equals(b.Value, after[b.Key], StringComparison.Ordinal))
            .Select(b => new FieldChange(b.Key, b.Value, after[b.Key]))
            .ToList();
        if (changes.Count > 0) UpdatedAt = now;
        return changes;
    }

    public void AddAlias(ClientAlias alias) => aliases.Add(alias);

    public void RemoveAlias(Guid aliasId) => aliases.RemoveAll(a => a.Id == aliasId);

    public void AddIdentifier(ClientIdentifier identifier) => identifiers.Add(identifier);

    public void RemoveIdentifier(Guid identifierId) => identifiers.RemoveAll(i => i.Id == identifierId);

    private void Apply(ClientDetails d)
    {
        FirstName = d.LegalName.First.Trim();
        MiddleName = Blank(d.LegalName.Middle);
        LastName = d.LegalName.Last.Trim();
        SortFirstName = Matching.NameText.Fold(FirstName);
        SortLastName = Matching.NameText.Fold(LastName);
        PreferredName = Blank(d.PreferredName);
        BirthDate = d.BirthDate;
        BirthDatePrecision = d.BirthDate is null ? BirthDatePrecision.Exact : d.BirthDatePrecision;
        Sex = d.Sex;
        GenderIdentity = d.GenderIdentity;
        Phone = Blank(d.Phone);
        Email = Blank(d.Email);
        Address = new PostalAddress(Blank(d.Address.Line1), Blank(d.Address.Line2), Blank(d.Address.City), Blank(d.Address.State), Blank(d.Address.PostalCode));
        PreferredLanguage = Blank(d.PreferredLanguage);
        InterpreterNeeded = d.InterpreterNeeded;
        RaceEthnicity = d.RaceEthnicity;
        VeteranStatus = d.VeteranStatus;
    }

    private static Dictionary<string, string?> Describe(ClientDetails d) => new()
    {
        ["First name"] = d.LegalName.First,
        ["Middle name"] = d.LegalName.Middle,
        ["Last name"] = d.LegalName.Last,
        ["Preferred name"] = d.PreferredName,
        ["Date of birth"] = d.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Date of birth is approximate"] = d.BirthDate is null ? null : (d.BirthDatePrecision == BirthDatePrecision.Approximate).ToString(),
        ["Sex"] = d.Sex?.ToString(),
        ["Gender identity"] = d.GenderIdentity?.ToString(),
        ["Phone"] = d.Phone,
        ["Email"] = d.Email,
        ["Address"] = d.Address.OneLine,
        ["Preferred language"] = d.PreferredLanguage,
        ["Interpreter needed"] = d.InterpreterNeeded.ToString(),
        ["Race and ethnicity"] = d.RaceEthnicity.ToString(),
        ["Veteran status"] = d.VeteranStatus.ToString(),
    };

    private static string? Blank(string? value) => TextRules.OrNull(value);
}

public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
