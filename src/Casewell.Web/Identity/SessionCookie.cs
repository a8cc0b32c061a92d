using Casewell.Data;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Web.Identity;

internal static class SessionCookie
{
    public const string Name = "casewell.session";

    public static void Configure(CookieAuthenticationOptions o, TimeSpan idleTimeout)
    {
        o.Cookie.Name = Name;
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.Cookie.SameSite = SameSiteMode.Strict;
        // HIPAA automatic log-off: the session ends after this long without a request.
        o.ExpireTimeSpan = idleTimeout;
        o.SlidingExpiration = true;
        o.LoginPath = "/sign-in";
        o.LogoutPath = "/sign-out";
        o.AccessDeniedPath = "/forbidden";
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = ValidateAgainstAccountAsync,
            OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden),
        };
    }

    /// <summary>API callers get a status code and a problem document, never a redirect to an HTML page.</summary>
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!ApiPaths.IsApi(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every request re-checks the account: a deactivated account, a changed role or password ends existing
    /// sessions at once rather than when their cookie expires.
    /// </summary>
    private static async Task ValidateAgainstAccountAsync(CookieValidatePrincipalContext context)
    {
        var staff = StaffClaims.Read(context.Principal);
        var stamp = context.Principal?.FindFirst(StaffClaims.SecurityStamp)?.Value;
        if (staff is null || stamp is null)
        {
            await Reject(context);
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<CasewellDbContext>();
        var account = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Id == staff.Id)
            .Select(u => new { u.IsActive, u.SecurityStamp })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || !account.IsActive || account.SecurityStamp != stamp) await Reject(context);
    }

    private static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
