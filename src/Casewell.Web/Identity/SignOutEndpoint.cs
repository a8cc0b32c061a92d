using Casewell.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Casewell.Web.Identity;

internal static class SignOutEndpoint
{
    /// <summary>A POST with the antiforgery token, so no other site can sign a worker out.</summary>
    public static WebApplication MapSignOut(this WebApplication app)
    {
        app.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery, SignOutStaffHandler handler, CancellationToken ct) =>
        {
            // The endpoint binds no form, so the antiforgery middleware would only note a missing token; refuse it here.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await EndSessionAsync(http, handler, ct);
            return Results.Redirect("/sign-in");
        }).AllowAnonymous()
            // A form post of the pages, not part of the API the OpenAPI document describes.
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Ends the session on the server, then drops the cookie: a copy of the cookie is refused from now on.</summary>
    public static async Task EndSessionAsync(HttpContext http, SignOutStaffHandler handler, CancellationToken ct)
    {
        if (StaffClaims.SessionId(http.User) is { } sessionId) await handler.Handle(new SignOutStaff(sessionId), ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
