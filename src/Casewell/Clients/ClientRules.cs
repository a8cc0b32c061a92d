using System.Text.RegularExpressions;
using Casewell.Common;

namespace Casewell.Clients;

/// <summary>What makes a client's facts acceptable, shared by intake and by edits.</summary>
public static partial class ClientRules
{
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static void CheckDetails(Validation v, ClientDetails? d, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (d?.LegalName is null)
        {
            v.Add("LegalName.First", new Message(ValidationMessages.Required, new Message(ClientMessages.RequiredFirstName)));
            v.Add("LegalName.Last", new Message(ValidationMessages.Required, new Message(ClientMessages.RequiredLastName)));
            return;
        }
        v.Required("LegalName.First", d.LegalName.First, new Message(ClientMessages.RequiredFirstName));
        v.Required("LegalName.Last", d.LegalName.Last, new Message(ClientMessages.RequiredLastName));
        CheckDetailTexts(v, d);
        if (d.BirthDate is { } birth)
        {
            if (birth > today) v.Add("BirthDate", new Message(ClientMessages.BirthDateInFuture));
            else if (birth < EarliestBirthDate) v.Add("BirthDate", new Message(ClientMessages.BirthDateTooEarly));
        }
        else if (d.BirthDatePrecision == BirthDatePrecision.Approximate)
        {
            v.Add("BirthDate", new Message(ClientMessages.ApproximateBirthDateMissing));
        }
        if (d.Sex is { } sex && !Enum.IsDefined(sex)) v.Add("Sex", new Message(ClientMessages.ChooseListedOption));
        if (d.GenderIdentity is { } gender && !Enum.IsDefined(gender)) v.Add("GenderIdentity", new Message(ClientMessages.ChooseListedOption));
        if (!Enum.IsDefined(d.VeteranStatus)) v.Add("VeteranStatus", new Message(ClientMessages.ChooseListedOption));
        if ((int)d.RaceEthnicity is < 0 or > 255) v.Add("RaceEthnicity", new Message(ClientMessages.ChooseListedOptions));
        if (!string.IsNullOrWhiteSpace(d.Phone) && !PhonePattern().IsMatch(d.Phone)) v.Add("Phone", new Message(ClientMessages.PhoneFormat));
        if (!string.IsNullOrWhiteSpace(d.Email) && !Identity.StaffValidation.IsEmail(d.Email)) v.Add("Email", new Message(ClientMessages.EmailFormat));
    }

    /// <summary>
    /// The sizes and characters of every text of a client's facts, and no more: what the duplicate check needs
    /// too, where a partial name is fine but a megabyte of one is not.
    /// </summary>
    public static void CheckTexts(Validation v, ClientDetails? d, IReadOnlyList<AliasInput>? aliases, IReadOnlyList<IdentifierInput>? identifiers)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (d?.LegalName is not null) CheckDetailTexts(v, d);
        if (aliases is not null)
        {
            if (aliases.Count > Client.MaxAliases) v.Add("Aliases", new Message(ClientMessages.TooManyAliases, Client.MaxAliases));
            for (var i = 0; i < aliases.Count && i < Client.MaxAliases; i++)
                if (aliases[i] is { } alias) CheckAliasTexts(v, i, alias);
        }
        if (identifiers is not null)
        {
            if (identifiers.Count > Client.MaxIdentifiers) v.Add("Identifiers", new Message(ClientMessages.TooManyIdentifiers, Client.MaxIdentifiers));
            for (var i = 0; i < identifiers.Count && i < Client.MaxIdentifiers; i++)
                v.SingleLine($"Identifiers[{i}].Value", identifiers[i]?.Value, ClientIdentifier.MaxValueLength, new Message(ClientMessages.Identifier));
        }
    }

    private static void CheckDetailTexts(Validation v, ClientDetails d)
    {
        v.SingleLine("LegalName.First", d.LegalName.First, PersonName.MaxPartLength, new Message(ClientMessages.FirstName));
        v.SingleLine("LegalName.Middle", d.LegalName.Middle, PersonName.MaxPartLength, new Message(ClientMessages.MiddleName));
        v.SingleLine("LegalName.Last", d.LegalName.Last, PersonName.MaxPartLength, new Message(ClientMessages.LastName));
        v.SingleLine("PreferredName", d.PreferredName, ClientDetails.MaxPreferredNameLength, new Message(ClientMessages.PreferredName));
        v.SingleLine("Phone", d.Phone, ClientDetails.MaxPhoneLength, new Message(ClientMessages.Phone));
        v.SingleLine("Email", d.Email, ClientDetails.MaxEmailLength, new Message(ClientMessages.Email));
        v.SingleLine("PreferredLanguage", d.PreferredLanguage, ClientDetails.MaxLanguageLength, new Message(ClientMessages.PreferredLanguage));
        var a = d.Address ?? new PostalAddress(null, null, null, null, null);
        v.SingleLine("Address.Line1", a.Line1, PostalAddress.MaxLineLength, new Message(ClientMessages.AddressLine1));
        v.SingleLine("Address.Line2", a.Line2, PostalAddress.MaxLineLength, new Message(ClientMessages.AddressLine2));
        v.SingleLine("Address.City", a.City, PostalAddress.MaxCityLength, new Message(ClientMessages.City));
        v.SingleLine("Address.State", a.State, PostalAddress.MaxStateLength, new Message(ClientMessages.State));
        v.SingleLine("Address.PostalCode", a.PostalCode, PostalAddress.MaxPostalCodeLength, new Message(ClientMessages.PostalCode));
    }

    private static void CheckAliasTexts(Validation v, int i, AliasInput alias)
    {
        v.SingleLine($"Aliases[{i}].First", alias.First, PersonName.MaxPartLength, new Message(ClientMessages.FirstName));
        v.SingleLine($"Aliases[{i}].Middle", alias.Middle, PersonName.MaxPartLength, new Message(ClientMessages.MiddleName));
        v.SingleLine($"Aliases[{i}].Last", alias.Last, PersonName.MaxPartLength, new Message(ClientMessages.LastName));
    }

    public static void CheckAliases(Validation v, IReadOnlyList<AliasInput>? aliases)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (aliases is null) return;
        if (aliases.Count > Client.MaxAliases) v.Add("Aliases", new Message(ClientMessages.TooManyAliases, Client.MaxAliases));
        for (var i = 0; i < aliases.Count && i < Client.MaxAliases; i++)
        {
            var alias = aliases[i];
            if (alias is null) { v.Add($"Aliases[{i}]", new Message(ClientMessages.AliasMissing)); continue; }
            if (!Enum.IsDefined(alias.Kind)) v.Add($"Aliases[{i}].Kind", new Message(ClientMessages.AliasKind));
            if (TextRules.IsBlank(alias.First) && TextRules.IsBlank(alias.Last)) v.Add($"Aliases[{i}].Last", new Message(ClientMessages.AliasNameMissing));
            CheckAliasTexts(v, i, alias);
        }
    }

    public static void CheckIdentifiers(Validation v, IReadOnlyList<IdentifierInput>? identifiers)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (identifiers is null) return;
        if (identifiers.Count > Client.MaxIdentifiers) v.Add("Identifiers", new Message(ClientMessages.TooManyIdentifiers, Client.MaxIdentifiers));
        for (var i = 0; i < identifiers.Count && i < Client.MaxIdentifiers; i++)
        {
            var id = identifiers[i];
            if (id is null || !Enum.IsDefined(id.Kind)) { v.Add($"Identifiers[{i}].Kind", new Message(ClientMessages.IdentifierKind)); continue; }
            if (TextRules.IsBlank(id.Value)) { v.Add($"Identifiers[{i}].Value", new Message(ClientMessages.IdentifierMissing)); continue; }
            var text = new Validation();
            text.SingleLine($"Identifiers[{i}].Value", id.Value, ClientIdentifier.MaxValueLength, new Message(ClientMessages.Identifier));
            if (text.HasErrors) { v.AddAll(text); continue; }
            var problem = IdentifierProblem(id.Kind, id.Value);
            if (problem is not null) v.Add($"Identifiers[{i}].Value", problem);
        }
    }

    /// <summary>The form in which an identifier is encrypted and hashed: SSNs as nine digits, others upper case without separators.</summary>
    public static string Normalize(IdentifierKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var kept = kind == IdentifierKind.SocialSecurityNumber
            ? value.Where(char.IsAsciiDigit)
            : value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant);
        return new string([.. kept]);
    }

    /// <summary>
    /// The Social Security Administration never issues area 000, 666 or 900-999, group 00 or serial 0000;
    /// catching those catches most typing slips.
    /// </summary>
    private static Message? IdentifierProblem(IdentifierKind kind, string value)
    {
        var normalized = Normalize(kind, value);
        if (kind != IdentifierKind.SocialSecurityNumber)
            return normalized.Length is >= 4 and <= 30 ? null : new Message(ClientMessages.IdentifierTooShort);
        if (normalized.Length != 9 || value.Any(c => !char.IsAsciiDigit(c) && c is not ('-' or ' ')))
            return new Message(ClientMessages.SsnFormat);
        var area = int.Parse(normalized.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture);
        if (area is 0 or 666 or >= 900 || normalized[3..5] == "00" || normalized[5..] == "0000")
            return new Message(ClientMessages.SsnNotIssued);
        return null;
    }

    [GeneratedRegex(@"^[0-9 ()+\-.xX]{3,30}$")]
    private static partial Regex PhonePattern();
}
