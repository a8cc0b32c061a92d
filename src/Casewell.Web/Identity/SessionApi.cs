using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Casewell.Web.Identity;

internal static class SessionApi
{
    public sealed record SignInRequest(string Email, string Password);

    public sealed record SessionResponse(Guid Id, string DisplayName, StaffRole Role);

    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder api)
    {
        var session = api.MapGroup("/session").WithTags("Session");
        session.MapPost("/", async (SignInRequest body, SignInStaffHandler handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.Handle(new SignInStaff(body.Email ?? "", body.Password ?? ""), ct);
            if (result.Failed) return ResultHttp.Problem(result);
            var staff = result.Value!;
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffClaims.Principal(staff, CookieAuthenticationDefaults.AuthenticationScheme));
            return TypedResults.Ok(new SessionResponse(staff.Id, staff.DisplayName, staff.Role));
        }).AllowAnonymous().WithSummary("Sign in; the response sets the session cookie.");

        session.MapGet("/", (HttpContext http) =>
            StaffClaims.Read(http.User) is { } staff
                ? Results.Ok(new SessionResponse(staff.Id, staff.Name, staff.Role!.Value))
                : Results.Unauthorized()).WithSummary("Who is signed in.");

        session.MapDelete("/", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).WithSummary("Sign out.");
        return api;
    }
}
