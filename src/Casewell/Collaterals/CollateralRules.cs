using Casewell.Common;

namespace Casewell.Collaterals;

internal static class CollateralRules
{
    public static void Check(Validation v, CollateralDetails? d)
    {
        if (d is null) { v.Add("Name", "Enter the contact's name."); return; }
        v.Required("Name", d.Name, "the contact's name");
        v.SingleLine("Name", d.Name, CollateralContact.MaxNameLength, "name");
        if (!Enum.IsDefined(d.Role)) v.Add("Role", "Choose the contact's role.");
        v.SingleLine("Organization", d.Organization, CollateralContact.MaxOrganizationLength, "organization");
        v.SingleLine("Phone", d.Phone, CollateralContact.MaxPhoneLength, "phone number");
        v.SingleLine("Email", d.Email, CollateralContact.MaxEmailLength, "email address");
        if (!string.IsNullOrWhiteSpace(d.Email) && !Identity.StaffValidation.IsEmail(d.Email)) v.Add("Email", "Enter an email address like name@example.org.");
        v.MultiLine("Notes", d.Notes, CollateralContact.MaxNotesLength, "notes");
    }
}
