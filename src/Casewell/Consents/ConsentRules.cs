using Casewell.Common;

namespace Casewell.Consents;

internal static class ConsentRules
{
    public static void Check(Validation v, ConsentDetails? d)
    {
        if (d is null) { v.Add("Recipient", new Message(ValidationMessages.Required, new Message(ConsentMessages.RequiredRecipient))); return; }
        if (!Enum.IsDefined(d.RecipientKind)) v.Add("RecipientKind", new Message(ConsentMessages.ChooseRecipientKind));
        v.Required("Recipient", d.Recipient, new Message(ConsentMessages.RequiredRecipient));
        v.SingleLine("Recipient", d.Recipient, Consent.MaxRecipientLength, new Message(ConsentMessages.Recipient));
        if (!InformationCategorySet.IsKnown(d.Categories)) v.Add("Categories", new Message(ConsentMessages.ChooseCategories));
        v.Required("Purpose", d.Purpose, new Message(ConsentMessages.RequiredPurpose));
        v.MultiLine("Purpose", d.Purpose, Consent.MaxPurposeLength, new Message(ConsentMessages.Purpose));
        if (d.ValidFrom == default) v.Add("ValidFrom", new Message(ConsentMessages.RequiredValidFrom));
        if (d.ValidUntil is { } until && until < d.ValidFrom) v.Add("ValidUntil", new Message(ConsentMessages.UntilBeforeFrom));
        if (!Enum.IsDefined(d.Obtained)) v.Add("Obtained", new Message(ConsentMessages.ChooseObtained));
        v.SingleLine("Proceeding", d.Proceeding, Consent.MaxProceedingLength, new Message(ConsentMessages.Proceeding));
    }

    public static void Check(Validation v, DisclosureDetails? d)
    {
        if (d is null) { v.Add("RecipientName", new Message(ValidationMessages.Required, new Message(ConsentMessages.RequiredRecipientName))); return; }
        v.Required("RecipientName", d.RecipientName, new Message(ConsentMessages.RequiredRecipientName));
        v.SingleLine("RecipientName", d.RecipientName, Disclosure.MaxRecipientLength, new Message(ConsentMessages.RecipientName));
        v.SingleLine("RecipientOrganization", d.RecipientOrganization, Disclosure.MaxRecipientLength, new Message(ConsentMessages.RecipientOrganization));
        v.SingleLine("RecipientClass", d.RecipientClass, Disclosure.MaxRecipientLength, new Message(ConsentMessages.RecipientClass));
        if (!InformationCategorySet.IsKnown(d.Categories)) v.Add("Categories", new Message(ConsentMessages.ChooseCategories));
        v.Required("Description", d.Description, new Message(ConsentMessages.RequiredDescription));
        v.MultiLine("Description", d.Description, Disclosure.MaxDescriptionLength, new Message(ConsentMessages.Description));
        v.Required("Purpose", d.Purpose, new Message(ConsentMessages.RequiredPurpose));
        v.MultiLine("Purpose", d.Purpose, Disclosure.MaxPurposeLength, new Message(ConsentMessages.Purpose));
        if (!Enum.IsDefined(d.Method)) v.Add("Method", new Message(ConsentMessages.ChooseMethod));
        v.SingleLine("Proceeding", d.Proceeding, Consent.MaxProceedingLength, new Message(ConsentMessages.Proceeding));
        v.SingleLine("CourtOrder", d.CourtOrder, Disclosure.MaxCourtOrderLength, new Message(ConsentMessages.CourtOrder));
    }

    public static void CheckRevocation(Validation v, RevocationMethod how, string? note)
    {
        if (!Enum.IsDefined(how)) v.Add("Method", new Message(ConsentMessages.ChooseRevocationMethod));
        v.MultiLine("Note", note, Consent.MaxRevocationNoteLength, new Message(ConsentMessages.RevocationNote));
    }
}
