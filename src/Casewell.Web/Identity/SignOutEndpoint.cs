using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Casewell.Web.Identity;

internal static class SignOutEndpoint
{
    /// <summary>A POST with the antiforgery token, so no other site can sign a worker out.</summary>
    public static WebApplication MapSignOut(this WebApplication app)
    {
        app.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/sign-in");
        }).AllowAnonymous();
        return app;
    }
}
