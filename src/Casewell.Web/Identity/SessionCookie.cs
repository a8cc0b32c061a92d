using Casewell.Data;
using Casewell.Identity;
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
            OnValidatePrincipal = ValidateSessionAsync,
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
    /// Every request re-checks the session and its account, in one query: a session signed out, idle or past its
    /// absolute limit, and a deactivated account or a new password, end the cookie at once rather than when it
    /// expires, and a copy of the cookie with it. A refused session is marked ended once; it is not audited per
    /// request.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var staff = StaffClaims.Read(context.Principal);
        var stamp = context.Principal?.FindFirst(StaffClaims.SecurityStamp)?.Value;
        var sessionId = StaffClaims.SessionId(context.Principal);
        if (staff is null || stamp is null || sessionId is null)
        {
            await Reject(context);
            return;
        }
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<CasewellDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var ct = context.HttpContext.RequestAborted;
        var found = await (
                from session in db.StaffSessions
                join account in db.StaffUsers on session.StaffId equals account.Id
                where session.Id == sessionId && session.StaffId == staff.Id
                select new { Session = session, account.IsActive, account.SecurityStamp })
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            await Reject(context);
            return;
        }

        var refusal = !found.IsActive || found.SecurityStamp != stamp
            ? SessionEndReason.AccountChanged
            : found.Session.RefusalAt(now, services.GetRequiredService<SessionPolicy>());
        if (refusal is { } reason)
        {
            if (found.Session.EndedAt is null)
            {
                await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), ct);
            }
            await Reject(context);
            return;
        }
        if (found.Session.NeedsLastSeenUpdate(now))
            await db.StaffSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
    }

    private static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
