using Casewell.Access;

namespace Casewell.Web.Identity;

internal static class CurrentStaffFromRequest
{
    /// <summary>The request's signed-in staff member; the system actor outside a request (CLI, background work).</summary>
    public static CurrentStaff Resolve(IHttpContextAccessor accessor)
    {
        var context = accessor.HttpContext;
        if (context is null) return CurrentStaff.System();
        return StaffClaims.Read(context.User) ?? CurrentStaff.Anonymous();
    }
}
