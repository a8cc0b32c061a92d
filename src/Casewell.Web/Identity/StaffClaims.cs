using System.Security.Claims;
using Casewell.Access;
using Casewell.Identity;

namespace Casewell.Web.Identity;

/// <summary>
/// What the session cookie says about its holder; the stamp lets a deactivation end it at once, and the session id
/// names the server's record of this sign-in (<see cref="StaffSession"/>), which sign-out and time limits end.
/// </summary>
public static class StaffClaims
{
    public const string SecurityStamp = "casewell:stamp";
    public const string Session = "casewell:session";

    public static ClaimsPrincipal Principal(SignedInStaff staff, string scheme)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, staff.Id.ToString()),
            new Claim(ClaimTypes.Name, staff.DisplayName),
            new Claim(ClaimTypes.Role, staff.Role.ToString()),
            new Claim(SecurityStamp, staff.SecurityStamp),
            new Claim(Session, staff.SessionId.ToString()),
        ], scheme);
        return new ClaimsPrincipal(identity);
    }

    public static Guid? SessionId(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(Session), out var id) ? id : null;

    public static CurrentStaff? Read(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        if (!Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        return CurrentStaff.SignedIn(id, user.FindFirstValue(ClaimTypes.Name) ?? "", role);
    }
}
