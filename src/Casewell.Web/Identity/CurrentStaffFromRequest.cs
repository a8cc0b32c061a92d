using Casewell.Access;

namespace Casewell.Web.Identity;

internal static class CurrentStaffFromRequest
{
    private static readonly CurrentStaff SystemActor = CurrentStaff.System();
    private static readonly CurrentStaff AnonymousActor = CurrentStaff.Anonymous();

    /// <summary>The request's signed-in staff member; the system actor outside a request (CLI, background work).</summary>
    public static CurrentStaff Resolve(IHttpContextAccessor accessor) => CurrentStaff.Following(() =>
        accessor.HttpContext is { } context ? StaffClaims.Read(context.User) ?? AnonymousActor : SystemActor);
}
