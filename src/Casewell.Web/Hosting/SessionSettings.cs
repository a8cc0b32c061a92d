using Casewell.Identity;

namespace Casewell.Web.Hosting;

/// <summary>Settings <c>Security:IdleTimeoutMinutes</c> and <c>Security:AbsoluteSessionHours</c>.</summary>
internal sealed class SessionSettings
{
    public const string Section = "Security";

    public double IdleTimeoutMinutes { get; set; } = 15;
    public double AbsoluteSessionHours { get; set; } = 12;

    public string? Problem() => SessionPolicy.Problem(IdleTimeoutMinutes, AbsoluteSessionHours);

    public SessionPolicy Policy() => new(TimeSpan.FromMinutes(IdleTimeoutMinutes), TimeSpan.FromHours(AbsoluteSessionHours));
}
