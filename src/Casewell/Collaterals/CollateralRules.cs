using Casewell.Common;

namespace Casewell.Collaterals;

internal static class CollateralRules
{
    public static void Check(Validation v, CollateralDetails? d)
    {
        if (d is null) { v.Add("Name", new Message(ValidationMessages.Required, new Message(CollateralMessages.RequiredName))); return; }
        v.Required("Name", d.Name, new Message(CollateralMessages.RequiredName));
        v.SingleLine("Name", d.Name, CollateralContact.MaxNameLength, new Message(CollateralMessages.Name));
        if (!Enum.IsDefined(d.Role)) v.Add("Role", new Message(CollateralMessages.ChooseRole));
        v.SingleLine("Organization", d.Organization, CollateralContact.MaxOrganizationLength, new Message(CollateralMessages.Organization));
        v.SingleLine("Phone", d.Phone, CollateralContact.MaxPhoneLength, new Message(CollateralMessages.Phone));
        v.SingleLine("Email", d.Email, CollateralContact.MaxEmailLength, new Message(CollateralMessages.Email));
        if (!string.IsNullOrWhiteSpace(d.Email) && !Identity.StaffValidation.IsEmail(d.Email)) v.Add("Email", new Message(CollateralMessages.EmailFormat));
        v.MultiLine("Notes", d.Notes, CollateralContact.MaxNotesLength, new Message(CollateralMessages.Notes));
    }
}
