using Casewell.Common;
using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Identity;

internal static class SessionApi
{
    public sealed record SignInRequest(string Email, string Password);

    public sealed record SessionResponse(Guid Id, string DisplayName, StaffRole Role);

    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder api)
    {
        var session = api.MapGroup("/session").WithTags("Session");
        session.MapPost("/", async Task<Results<Ok<SessionResponse>, ApiProblem>> (SignInRequest body, SignInStaffHandler handler,
            SignInAddressLimit addressLimit, HttpContext http, CancellationToken ct) =>
        {
            var wait = addressLimit.Acquire(http);
            var outcome = wait is null
                ? await handler.Handle(new SignInStaff(body.Email ?? "", body.Password ?? "", SignInAddressLimit.AddressOf(http), http.Request.Headers.UserAgent), ct)
                : null;
            if ((wait ?? outcome!.RetryAfter) is { } retryAfter)
            {
                SignInAddressLimit.SetRetryAfter(http.Response, retryAfter);
                return new ApiProblem(TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts",
                    detail: $"Wait {SignInAddressLimit.Seconds(retryAfter)} seconds, then try again."));
            }
            if (outcome!.Staff is not { } staff) return ApiProblem.For(Result.Invalid("Email", new Message(IdentityMessages.SignInRejected)));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffClaims.Principal(staff, CookieAuthenticationDefaults.AuthenticationScheme));
            return TypedResults.Ok(new SessionResponse(staff.Id, staff.DisplayName, staff.Role));
        }).AllowAnonymous().WithName("SignIn").ProducesProblems(ResultKind.Invalid, ResultKind.TooMany)
            .WithSummary("Sign in; the response sets the session cookie.");

        session.MapGet("/", Results<Ok<SessionResponse>, UnauthorizedHttpResult> (HttpContext http) =>
            StaffClaims.Read(http.User) is { } staff
                ? TypedResults.Ok(new SessionResponse(staff.Id, staff.Name, staff.Role!.Value))
                : TypedResults.Unauthorized()).WithName("GetSession").WithSummary("Who is signed in.");

        session.MapDelete("/", async (HttpContext http, SignOutStaffHandler handler, CancellationToken ct) =>
        {
            await SignOutEndpoint.EndSessionAsync(http, handler, ct);
            return TypedResults.NoContent();
        }).WithName("SignOut").WithSummary("Sign out: ends the session on the server.");
        return api;
    }
}
