using Casewell.Data;
using Casewell.Web.Components;
using Casewell.Web.Documents;
using Casewell.Web.Identity;
using Casewell.Web.Notes;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Casewell.Web.Hosting;

internal static class Pipeline
{
    public static WebApplication UseCasewellPipeline(this WebApplication app)
    {
        // First, so that everything after it (the sign-in limit, the audit trail) sees the client, not the proxy.
        if (app.Services.GetRequiredService<TrustedProxySettings>().Any) app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Errors become problem documents for the API and a friendly page for people; no stack trace leaves the server.
        app.UseWhen(context => ApiPaths.IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = StatusOf,
                // A request the API could not read is the caller's mistake, answered 400: not an error to log.
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException or UnstorableTextException or { InnerException: UnstorableTextException },
            });
            api.UseStatusCodePages();
            api.UseApiBodyLimit();
            api.UseEmergencyAccessHeader();
        });
        app.UseWhen(context => !ApiPaths.IsApi(context.Request), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true, StatusCodeSelector = StatusOf });
            pages.UseDocumentUploadLimit();
        });
        app.UseRequestLocalization();
        app.UseStaticFiles();
        // Routing after the exception handlers, not implicitly first: re-executing "/error" must route again,
        // or the error page has no endpoint, falls under the sign-in-required policy and redirects in a loop.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>A NUL that slipped past the field checks is the caller's bad input (400), not the server's fault.</summary>
    private static int StatusOf(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        // Saving wraps what a command interceptor throws in a DbUpdateException.
        UnstorableTextException or { InnerException: UnstorableTextException } => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static WebApplication MapCasewellEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Scripts and styles hold nothing private, and the sign-in page needs them before anyone has signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapApi();
        app.MapSignOut();
        app.MapNoteAutosave();
        app.MapRazorComponents<App>();
        return app;
    }
}
