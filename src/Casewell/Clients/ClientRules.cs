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
            v.Add("LegalName.First", "Enter the client's first name.");
            v.Add("LegalName.Last", "Enter the client's last name.");
            return;
        }
        v.Required("LegalName.First", d.LegalName.First, "the client's first name");
        v.Required("LegalName.Last", d.LegalName.Last, "the client's last name");
        CheckDetailTexts(v, d);
        if (d.BirthDate is { } birth)
        {
            if (birth > today) v.Add("BirthDate", "Date of birth must be today or in the past.");
            else if (birth < EarliestBirthDate) v.Add("BirthDate", "Date of birth must be after 1 January 1900.");
        }
        else if (d.BirthDatePrecision == BirthDatePrecision.Approximate)
        {
            v.Add("BirthDate", "Enter an estimated date of birth, or clear 'approximate'.");
        }
        if (d.Sex is { } sex && !Enum.IsDefined(sex)) v.Add("Sex", "Choose a listed option.");
        if (d.GenderIdentity is { } gender && !Enum.IsDefined(gender)) v.Add("GenderIdentity", "Choose a listed option.");
        if (!Enum.IsDefined(d.VeteranStatus)) v.Add("VeteranStatus", "Choose a listed option.");
        if ((int)d.RaceEthnicity is < 0 or > 255) v.Add("RaceEthnicity", "Choose listed options.");
        if (!string.IsNullOrWhiteSpace(d.Phone) && !PhonePattern().IsMatch(d.Phone)) v.Add("Phone", "Enter a phone number using digits, spaces, ( ) + - or x.");
        if (!string.IsNullOrWhiteSpace(d.Email) && !Identity.StaffValidation.IsEmail(d.Email)) v.Add("Email", "Enter an email address like name@example.org.");
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
            if (aliases.Count > Client.MaxAliases) v.Add("Aliases", $"Enter at most {Client.MaxAliases} other names.");
            for (var i = 0; i < aliases.Count && i < Client.MaxAliases; i++)
                if (aliases[i] is { } alias) CheckAliasTexts(v, i, alias);
        }
        if (identifiers is not null)
        {
            if (identifiers.Count > Client.MaxIdentifiers) v.Add("Identifiers", $"Enter at most {Client.MaxIdentifiers} identifiers.");
            for (var i = 0; i < identifiers.Count && i < Client.MaxIdentifiers; i++)
                v.SingleLine($"Identifiers[{i}].Value", identifiers[i]?.Value, ClientIdentifier.MaxValueLength, "identifier");
        }
    }

    private static void CheckDetailTexts(Validation v, ClientDetails d)
    {
        v.SingleLine("LegalName.First", d.LegalName.First, PersonName.MaxPartLength, "first name");
        v.SingleLine("LegalName.Middle", d.LegalName.Middle, PersonName.MaxPartLength, "middle name");
        v.SingleLine("LegalName.Last", d.LegalName.Last, PersonName.MaxPartLength, "last name");
        v.SingleLine("PreferredName", d.PreferredName, ClientDetails.MaxPreferredNameLength, "preferred name");
        v.SingleLine("Phone", d.Phone, ClientDetails.MaxPhoneLength, "phone number");
        v.SingleLine("Email", d.Email, ClientDetails.MaxEmailLength, "email address");
        v.SingleLine("PreferredLanguage", d.PreferredLanguage, ClientDetails.MaxLanguageLength, "preferred language");
        var a = d.Address ?? new PostalAddress(null, null, null, null, null);
        v.SingleLine("Address.Line1", a.Line1, PostalAddress.MaxLineLength, "address line 1");
        v.SingleLine("Address.Line2", a.Line2, PostalAddress.MaxLineLength, "address line 2");
        v.SingleLine("Address.City", a.City, PostalAddress.MaxCityLength, "city");
        v.SingleLine("Address.State", a.State, PostalAddress.MaxStateLength, "state");
        v.SingleLine("Address.PostalCode", a.PostalCode, PostalAddress.MaxPostalCodeLength, "ZIP code");
    }

    private static void CheckAliasTexts(Validation v, int i, AliasInput alias)
    {
        v.SingleLine($"Aliases[{i}].First", alias.First, PersonName.MaxPartLength, "first name");
        v.SingleLine($"Aliases[{i}].Middle", alias.Middle, PersonName.MaxPartLength, "middle name");
        v.SingleLine($"Aliases[{i}].Last", alias.Last, PersonName.MaxPartLength, "last name");
    }

    public static void CheckAliases(Validation v, IReadOnlyList<AliasInput>? aliases)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (aliases is null) return;
        if (aliases.Count > Client.MaxAliases) v.Add("Aliases", $"Enter at most {Client.MaxAliases} other names.");
        for (var i = 0; i < aliases.Count && i < Client.MaxAliases; i++)
        {
            var alias = aliases[i];
            if (alias is null) { v.Add($"Aliases[{i}]", "Enter the other name."); continue; }
            if (!Enum.IsDefined(alias.Kind)) v.Add($"Aliases[{i}].Kind", "Choose what kind of name this is.");
            if (TextRules.IsBlank(alias.First) && TextRules.IsBlank(alias.Last)) v.Add($"Aliases[{i}].Last", "Enter a first or last name for the other name.");
            CheckAliasTexts(v, i, alias);
        }
    }

    public static void CheckIdentifiers(Validation v, IReadOnlyList<IdentifierInput>? identifiers)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (identifiers is null) return;
        if (identifiers.Count > Client.MaxIdentifiers) v.Add("Identifiers", $"Enter at most {Client.MaxIdentifiers} identifiers.");
        for (var i = 0; i < identifiers.Count && i < Client.MaxIdentifiers; i++)
        {
            var id = identifiers[i];
            if (id is null || !Enum.IsDefined(id.Kind)) { v.Add($"Identifiers[{i}].Kind", "Choose the kind of identifier."); continue; }
            if (TextRules.IsBlank(id.Value)) { v.Add($"Identifiers[{i}].Value", "Enter the identifier."); continue; }
            var text = new Validation();
            text.SingleLine($"Identifiers[{i}].Value", id.Value, ClientIdentifier.MaxValueLength, "identifier");
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
    private static string? IdentifierProblem(IdentifierKind kind, string value)
    {
        var normalized = Normalize(kind, value);
        if (kind != IdentifierKind.SocialSecurityNumber)
            return normalized.Length is >= 4 and <= 30 ? null : "Enter at least 4 letters or digits.";
        if (normalized.Length != 9 || value.Any(c => !char.IsAsciiDigit(c) && c is not ('-' or ' ')))
            return "Enter a Social Security number as 9 digits, like 123-45-6789.";
        var area = int.Parse(normalized.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture);
        if (area is 0 or 666 or >= 900 || normalized[3..5] == "00" || normalized[5..] == "0000")
            return "This is not a valid Social Security number. Check the digits.";
        return null;
    }

    [GeneratedRegex(@"^[0-9 ()+\-.xX]{3,30}$")]
    private static partial Regex PhonePattern();
}
