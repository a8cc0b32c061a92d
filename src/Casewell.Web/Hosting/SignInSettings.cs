using Casewell.Web.Identity;

namespace Casewell.Web.Hosting;

/// <summary>Setting <c>Security:SignIn:AttemptsPerAddressPerMinute</c>.</summary>
internal sealed class SignInSettings
{
    public const string Section = "Security:SignIn";

    public int AttemptsPerAddressPerMinute { get; set; } = 30;

    public string? Problem() => SignInAddressLimit.Problem(AttemptsPerAddressPerMinute);
}
