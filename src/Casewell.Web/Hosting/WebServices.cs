using System.Globalization;
using System.Text.Json.Serialization;
using Casewell.Caseloads;
using Casewell.Data;
using Casewell.Demo;
using Casewell.Identity;
using Casewell.Security;
using Casewell.Web.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Casewell.Web.Hosting;

public static class WebServices
{
    public static IServiceCollection AddCasewellWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCasewellData(configuration);
        services.AddCasewellUseCases();
        services.AddCasewellDemo();

        // Every setting is bound here and checked at start (StartupSettings), before anything reads it.
        services.AddChecked<AgencyOptions>(configuration, "Agency", o => o.Problem());
        services.AddSingleton<AgencyTime>();
        services.AddSingleton(sp => new Casewell.Common.AgencyCalendar(sp.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<AgencyOptions>().TimeZone)));
        services.AddChecked<LockoutPolicy>(configuration, "Security:Lockout", o => o.Problem());
        services.AddChecked<PriorityWeights>(configuration, PriorityWeights.Section, o => o.Problem());
        services.AddChecked<Casewell.Clients.IdentifierLookupLimits>(configuration, Casewell.Clients.IdentifierLookupLimits.Section, o => o.Problem());
        services.AddChecked<Casewell.EmergencyAccess.EmergencyAccessSettings>(configuration, Casewell.EmergencyAccess.EmergencyAccessSettings.Section, o => o.Problem());
        services.AddChecked<Casewell.Court.CourtHearingSettings>(configuration, Casewell.Court.CourtHearingSettings.Section, o => o.Problem());
        services.AddChecked<SessionSettings>(configuration, SessionSettings.Section, o => o.Problem());
        services.AddChecked<Casewell.Notes.NoteSettings>(configuration, Casewell.Notes.NoteSettings.Section, o => o.Problem());
        services.AddSingleton(sp => sp.GetRequiredService<SessionSettings>().Policy());
        services.AddChecked<SignInSettings>(configuration, SignInSettings.Section, o => o.Problem());
        services.AddSingleton(sp => new SignInAddressLimit(sp.GetRequiredService<SignInSettings>().AttemptsPerAddressPerMinute));
        services.AddChecked<OverdueSweepSettings>(configuration, OverdueSweepSettings.Section, o => o.Problem());
        services.AddSingleton(_ => FieldProtectionKey.Load(configuration));
        services.AddChecked<AuditSettings>(configuration, AuditSettings.Section, o => o.Problem());
        services.AddSingleton(sp => sp.GetRequiredService<AuditSettings>().KeyOr(sp.GetRequiredService<FieldProtection>()));

        // No ResourcesPath: Strings already lives in the Resources namespace, and a path would look for
        // "Casewell.Web.Resources.Resources.Strings" and show every key instead of its text.
        services.AddLocalization();
        // Court reports are compiled in the core and worded here, from the same resources as the pages.
        services.AddScoped<Casewell.Court.CourtReportWording, Casewell.Web.Court.CourtReportWordingFromResources>();
        services.AddOptions<RequestLocalizationOptions>().Configure<AgencyOptions>((o, agency) =>
        {
            var culture = CultureInfo.GetCultureInfo(agency.Culture);
            o.DefaultRequestCulture = new(culture);
            o.SupportedCultures = [culture];
            o.SupportedUICultures = [culture];
        });

        // Keys for cookies and antiforgery live in the database, so every instance can read every cookie.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DatabaseKeyStorage>();
        services.AddDataProtection().SetApplicationName("Casewell");

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<SessionPolicy>((o, sessions) => SessionCookie.Configure(o, sessions.IdleTimeout));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddAbilityPolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedRefusals>();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped(sp => CurrentStaffFromRequest.Resolve(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddScoped(sp => AuditSourceFromRequest.Resolve(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddChecked<TrustedProxySettings>(configuration, TrustedProxySettings.Section, o => o.Problem());
        services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>().Configure<TrustedProxySettings>((o, proxies) => proxies.Configure(o));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "casewell.antiforgery";
            // Not Always: with Always, antiforgery refuses to render any form over plain HTTP, which breaks the
            // documented `dotnet run` on http://localhost:5080. Over HTTPS the cookie is still Secure; the session
            // cookie stays Secure-only (browsers accept that on localhost).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorComponents();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            BadRequestProblems.Describe(context);
            ProblemTypes.Name(context);
        });
        // Thrown, not answered in place, so the problem can name the field a body could not be read at.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            // Names only, as the API documents them: numbers ("123", -1) would store values no list defines.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new MessageJson());
        });
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Casewell API";
                doc.Info.Description = "Case management for social services. Every error is an RFC 7807 problem document.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(ApiResponses.DescribeHeaders);
            o.AddSchemaTransformer(MessageJson.DescribeAsString);
        });
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddHostedService<OverdueSweepService>();
        services.AddHostedService<AuditSealerService>();
        Documents.DocumentStorage.AddDocumentStorage(services, configuration);
        return services;
    }
}
