using Casewell.Common;

namespace Casewell.Clients;

/// <summary>What intake, the profile and search say about a client's facts, as codes the web words.</summary>
public static class ClientMessages
{
    // Labels: as a required value's object ("Enter the client's first name"), and as the start of a text rule's sentence.
    public const string RequiredFirstName = "Client.RequiredFirstName";
    public const string RequiredLastName = "Client.RequiredLastName";
    public const string FirstName = "Client.FirstName";
    public const string MiddleName = "Client.MiddleName";
    public const string LastName = "Client.LastName";
    public const string PreferredName = "Client.PreferredName";
    public const string Phone = "Client.Phone";
    public const string Email = "Client.Email";
    public const string PreferredLanguage = "Client.PreferredLanguage";
    public const string AddressLine1 = "Client.AddressLine1";
    public const string AddressLine2 = "Client.AddressLine2";
    public const string City = "Client.City";
    public const string State = "Client.State";
    public const string PostalCode = "Client.PostalCode";
    public const string Identifier = "Client.Identifier";
    public const string SearchText = "Client.SearchText";

    public const string BirthDateInFuture = "Client.BirthDateInFuture";
    /// <summary>The form's date of birth is not a date (the API reads its dates itself).</summary>
    public const string BirthDateUnreadable = "Client.BirthDateUnreadable";
    public const string BirthDateTooEarly = "Client.BirthDateTooEarly";
    public const string ApproximateBirthDateMissing = "Client.ApproximateBirthDateMissing";
    public const string ChooseListedOption = "Client.ChooseListedOption";

    /// <summary>The form posted an option it does not list (the API's enums are checked by <see cref="ChooseListedOption"/>).</summary>
    public const string UnknownOption = "Client.UnknownOption";
    public const string ChooseListedOptions = "Client.ChooseListedOptions";
    public const string PhoneFormat = "Client.PhoneFormat";
    public const string EmailFormat = "Client.EmailFormat";
    [MessageArgs("max")] public const string TooManyAliases = "Client.TooManyAliases";
    [MessageArgs("max")] public const string TooManyIdentifiers = "Client.TooManyIdentifiers";
    public const string AliasMissing = "Client.AliasMissing";
    public const string AliasKind = "Client.AliasKind";
    public const string AliasNameMissing = "Client.AliasNameMissing";
    public const string IdentifierKind = "Client.IdentifierKind";
    public const string IdentifierMissing = "Client.IdentifierMissing";
    public const string IdentifierTooShort = "Client.IdentifierTooShort";
    public const string SsnFormat = "Client.SsnFormat";
    public const string SsnNotIssued = "Client.SsnNotIssued";

    public const string RegisterRefused = "Client.RegisterRefused";
    public const string Stale = "Client.Stale";
    [MessageArgs("minutes")] public const string DuplicateCheckLimit = "Client.DuplicateCheckLimit";
    [MessageArgs("minutes")] public const string LookupLimit = "Client.LookupLimit";

    /// <summary>A profile opened without a relationship (403): whom to ask, and that emergency access is there for an emergency.</summary>
    [MessageArgs("contacts")] public const string NoRelationship = "Client.NoRelationship";
}
