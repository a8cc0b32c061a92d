using System.Net.Mail;
using Casewell.Common;

namespace Casewell.Identity;

internal static class StaffValidation
{
    public static void Check(Validation v, string? email, string? displayName)
    {
        v.Required("Email", email, new Message(IdentityMessages.RequiredEmail));
        v.SingleLine("Email", email, StaffUser.MaxEmailLength, new Message(IdentityMessages.Email));
        if (!string.IsNullOrWhiteSpace(email) && !IsEmail(email)) v.Add("Email", new Message(IdentityMessages.EmailFormat));
        v.Required("DisplayName", displayName, new Message(IdentityMessages.RequiredName));
        v.SingleLine("DisplayName", displayName, StaffUser.MaxNameLength, new Message(IdentityMessages.Name));
    }

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);
}
