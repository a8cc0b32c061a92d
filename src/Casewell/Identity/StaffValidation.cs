using System.Net.Mail;
using Casewell.Common;

namespace Casewell.Identity;

internal static class StaffValidation
{
    public static void Check(Validation v, string? email, string? displayName)
    {
        v.Required("Email", email, "an email address");
        v.SingleLine("Email", email, StaffUser.MaxEmailLength, "email address");
        if (!string.IsNullOrWhiteSpace(email) && !IsEmail(email)) v.Add("Email", "Enter an email address like name@agency.org.");
        v.Required("DisplayName", displayName, "a name");
        v.SingleLine("DisplayName", displayName, StaffUser.MaxNameLength, "name");
    }

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);
}
