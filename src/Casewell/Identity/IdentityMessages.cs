using Casewell.Common;

namespace Casewell.Identity;

/// <summary>What staff accounts, sign-in, activation and first-run setup say, as codes the web words.</summary>
public static class IdentityMessages
{
    public const string RequiredEmail = "Identity.RequiredEmail";
    public const string Email = "Identity.Email";
    public const string EmailFormat = "Identity.EmailFormat";
    public const string RequiredName = "Identity.RequiredName";
    public const string Name = "Identity.Name";
    public const string ChooseRole = "Identity.ChooseRole";
    public const string EmailTaken = "Identity.EmailTaken";

    public const string PasswordMissing = "Identity.PasswordMissing";
    [MessageArgs("min")] public const string PasswordTooShort = "Identity.PasswordTooShort";
    [MessageArgs("max")] public const string PasswordTooLong = "Identity.PasswordTooLong";
    public const string PasswordIsEmail = "Identity.PasswordIsEmail";

    /// <summary>One message for every failure of credentials, so the form does not reveal which emails have accounts.</summary>
    public const string SignInRejected = "Identity.SignInRejected";
    public const string ActivationNoLongerValid = "Identity.ActivationNoLongerValid";
    public const string AlreadyActivated = "Identity.AlreadyActivated";
    public const string SetupAddressInvalid = "Identity.SetupAddressInvalid";
    public const string SetupDone = "Identity.SetupDone";
    public const string StaffStale = "Identity.StaffStale";
    public const string CannotDeactivateSelf = "Identity.CannotDeactivateSelf";
    public const string StaffChangedWhileSaving = "Identity.StaffChangedWhileSaving";
}
