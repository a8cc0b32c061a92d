using Casewell.Common;

namespace Casewell.Consents;

/// <summary>What recording consents and disclosures says, as codes the web words.</summary>
public static class ConsentMessages
{
    public const string RequiredRecipient = "Consent.RequiredRecipient";
    public const string Recipient = "Consent.Recipient";
    public const string ChooseRecipientKind = "Consent.ChooseRecipientKind";
    public const string ChooseCategories = "Consent.ChooseCategories";
    public const string RequiredPurpose = "Consent.RequiredPurpose";
    public const string Purpose = "Consent.Purpose";
    public const string RequiredValidFrom = "Consent.RequiredValidFrom";
    public const string UntilBeforeFrom = "Consent.UntilBeforeFrom";
    public const string ChooseObtained = "Consent.ChooseObtained";
    public const string Proceeding = "Consent.Proceeding";
    public const string ChooseRevocationMethod = "Consent.ChooseRevocationMethod";
    public const string RevocationNote = "Consent.RevocationNote";
    public const string AlreadyRevoked = "Consent.AlreadyRevoked";
    public const string FormAlreadyAttached = "Consent.FormAlreadyAttached";
    public const string FormMissing = "Consent.FormMissing";
    [MessageArgs("maxKilobytes")] public const string FormTooBig = "Consent.FormTooBig";
    public const string FormType = "Consent.FormType";

    public const string RequiredRecipientName = "Disclosure.RequiredRecipientName";
    public const string RecipientName = "Disclosure.RecipientName";
    public const string RecipientOrganization = "Disclosure.RecipientOrganization";
    public const string RecipientClass = "Disclosure.RecipientClass";
    public const string RequiredDescription = "Disclosure.RequiredDescription";
    public const string Description = "Disclosure.Description";
    public const string ChooseMethod = "Disclosure.ChooseMethod";
    public const string CourtOrder = "Disclosure.CourtOrder";

    // The consent check's reasons for refusing a release.
    public const string NoConsent = "Disclosure.NoConsent";
    public const string NotYetValid = "Disclosure.NotYetValid";
    public const string Expired = "Disclosure.Expired";
    public const string Revoked = "Disclosure.Revoked";
    public const string CategoryNotCovered = "Disclosure.CategoryNotCovered";
    public const string RecipientNotCovered = "Disclosure.RecipientNotCovered";
    public const string Part2NotCovered = "Disclosure.Part2NotCovered";
    public const string ProceedingNotCovered = "Disclosure.ProceedingNotCovered";

    public static Message For(ConsentRefusal refusal) => new(refusal switch
    {
        ConsentRefusal.NotYetValid => NotYetValid,
        ConsentRefusal.Expired => Expired,
        ConsentRefusal.Revoked => Revoked,
        ConsentRefusal.CategoryNotCovered => CategoryNotCovered,
        ConsentRefusal.RecipientNotCovered => RecipientNotCovered,
        ConsentRefusal.Part2NotCovered => Part2NotCovered,
        ConsentRefusal.ProceedingNotCovered => ProceedingNotCovered,
        _ => NoConsent,
    });
}
