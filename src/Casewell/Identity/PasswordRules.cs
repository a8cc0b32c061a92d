using Casewell.Common;

namespace Casewell.Identity;

/// <summary>
/// OWASP ASVS 4.0 level 2 (2.1.1-2.1.9): at least 12 characters, at most 128, any characters allowed, no
/// composition rules, and not the account's own email address.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public static void Check(Validation validation, string field, string? password, string? email)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (string.IsNullOrEmpty(password))
        {
            validation.Add(field, new Message(IdentityMessages.PasswordMissing));
            return;
        }
        if (password.Length < MinLength) validation.Add(field, new Message(IdentityMessages.PasswordTooShort, MinLength));
        if (password.Length > MaxLength) validation.Add(field, new Message(IdentityMessages.PasswordTooLong, MaxLength));
        if (email is not null && string.Equals(password.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
            validation.Add(field, new Message(IdentityMessages.PasswordIsEmail));
    }
}
