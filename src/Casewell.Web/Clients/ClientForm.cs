using System.Globalization;
using Casewell.Clients;
using Casewell.Common;

namespace Casewell.Web.Clients;

/// <summary>The fields of the intake and edit forms, as posted; translated to the use case's <see cref="ClientDetails"/>.</summary>
public sealed class ClientForm
{
    public string? First { get; set; }
    public string? Middle { get; set; }
    public string? Last { get; set; }
    public string? PreferredName { get; set; }
    public string? BirthDate { get; set; }
    public bool BirthDateApproximate { get; set; }
    public string? Sex { get; set; }
    public string? GenderIdentity { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public bool AmericanIndianOrAlaskaNative { get; set; }
    public bool Asian { get; set; }
    public bool BlackOrAfricanAmerican { get; set; }
    public bool HispanicOrLatino { get; set; }
    public bool MiddleEasternOrNorthAfrican { get; set; }
    public bool NativeHawaiianOrPacificIslander { get; set; }
    public bool White { get; set; }
    public bool RaceDeclined { get; set; }
    public string? VeteranStatus { get; set; }
    public string? Ssn { get; set; }
    public string? MedicaidNumber { get; set; }
    public string? AliasFirst { get; set; }
    public string? AliasLast { get; set; }
    public string? AliasKind { get; set; }
    public bool ConfirmedNewPerson { get; set; }
    public bool AcknowledgedRestrictedMatch { get; set; }
    public int Version { get; set; }

    /// <summary>Reads the form; shape errors (an unreadable date) go into <paramref name="v"/> under the use case's field names.</summary>
    public ClientDetails ToDetails(Validation v)
    {
        ArgumentNullException.ThrowIfNull(v);
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (DateOnly.TryParseExact(BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) birth = parsed;
            else v.Add("BirthDate", new Message(ClientMessages.BirthDateUnreadable));
        }
        var race = RaceEthnicity.None;
        if (AmericanIndianOrAlaskaNative) race |= RaceEthnicity.AmericanIndianOrAlaskaNative;
        if (Asian) race |= RaceEthnicity.Asian;
        if (BlackOrAfricanAmerican) race |= RaceEthnicity.BlackOrAfricanAmerican;
        if (HispanicOrLatino) race |= RaceEthnicity.HispanicOrLatino;
        if (MiddleEasternOrNorthAfrican) race |= RaceEthnicity.MiddleEasternOrNorthAfrican;
        if (NativeHawaiianOrPacificIslander) race |= RaceEthnicity.NativeHawaiianOrPacificIslander;
        if (White) race |= RaceEthnicity.White;
        if (RaceDeclined) race |= RaceEthnicity.DeclinedToAnswer;
        return new ClientDetails
        {
            LegalName = new PersonName(First ?? "", Middle, Last ?? ""),
            PreferredName = PreferredName,
            BirthDate = birth,
            BirthDatePrecision = BirthDateApproximate ? BirthDatePrecision.Approximate : BirthDatePrecision.Exact,
            Sex = ParseEnum<Sex>(Sex, "Sex", v),
            GenderIdentity = ParseEnum<GenderIdentity>(GenderIdentity, "GenderIdentity", v),
            Phone = Phone,
            Email = Email,
            Address = new PostalAddress(Line1, Line2, City, State, PostalCode),
            PreferredLanguage = PreferredLanguage,
            InterpreterNeeded = InterpreterNeeded,
            RaceEthnicity = race,
            VeteranStatus = ParseEnum<VeteranStatus>(VeteranStatus, "VeteranStatus", v) ?? Casewell.Clients.VeteranStatus.Unknown,
        };
    }

    public IReadOnlyList<IdentifierInput> ToIdentifiers()
    {
        var list = new List<IdentifierInput>();
        if (!string.IsNullOrWhiteSpace(Ssn)) list.Add(new IdentifierInput(IdentifierKind.SocialSecurityNumber, Ssn));
        if (!string.IsNullOrWhiteSpace(MedicaidNumber)) list.Add(new IdentifierInput(IdentifierKind.Medicaid, MedicaidNumber));
        return list;
    }

    public IReadOnlyList<AliasInput> ToAliases(Validation v)
    {
        if (string.IsNullOrWhiteSpace(AliasFirst) && string.IsNullOrWhiteSpace(AliasLast)) return [];
        var kind = ParseEnum<AliasKind>(AliasKind, "Aliases[0].Kind", v) ?? Casewell.Clients.AliasKind.Alias;
        return [new AliasInput(kind, AliasFirst ?? "", null, AliasLast ?? "")];
    }

    public static ClientForm From(ClientProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var d = profile.Details;
        return new ClientForm
        {
            First = d.LegalName.First,
            Middle = d.LegalName.Middle,
            Last = d.LegalName.Last,
            PreferredName = d.PreferredName,
            BirthDate = d.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            BirthDateApproximate = d.BirthDatePrecision == BirthDatePrecision.Approximate,
            Sex = d.Sex?.ToString(),
            GenderIdentity = d.GenderIdentity?.ToString(),
            Phone = d.Phone,
            Email = d.Email,
            Line1 = d.Address.Line1,
            Line2 = d.Address.Line2,
            City = d.Address.City,
            State = d.Address.State,
            PostalCode = d.Address.PostalCode,
            PreferredLanguage = d.PreferredLanguage,
            InterpreterNeeded = d.InterpreterNeeded,
            AmericanIndianOrAlaskaNative = d.RaceEthnicity.HasFlag(RaceEthnicity.AmericanIndianOrAlaskaNative),
            Asian = d.RaceEthnicity.HasFlag(RaceEthnicity.Asian),
            BlackOrAfricanAmerican = d.RaceEthnicity.HasFlag(RaceEthnicity.BlackOrAfricanAmerican),
            HispanicOrLatino = d.RaceEthnicity.HasFlag(RaceEthnicity.HispanicOrLatino),
            MiddleEasternOrNorthAfrican = d.RaceEthnicity.HasFlag(RaceEthnicity.MiddleEasternOrNorthAfrican),
            NativeHawaiianOrPacificIslander = d.RaceEthnicity.HasFlag(RaceEthnicity.NativeHawaiianOrPacificIslander),
            White = d.RaceEthnicity.HasFlag(RaceEthnicity.White),
            RaceDeclined = d.RaceEthnicity.HasFlag(RaceEthnicity.DeclinedToAnswer),
            VeteranStatus = d.VeteranStatus.ToString(),
            Version = profile.Version,
        };
    }

    private static T? ParseEnum<T>(string? value, string field, Validation v) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        v.Add(field, new Message(ClientMessages.UnknownOption));
        return null;
    }
}
