using System.Globalization;
using System.Text.Json.Serialization;
using Casewell.Cases;
using Casewell.Data;
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

        var agency = configuration.GetSection("Agency").Get<AgencyOptions>() ?? new AgencyOptions();
        services.AddSingleton(agency);
        services.AddSingleton<AgencyTime>();
        services.AddSingleton(sp => new Casewell.Common.AgencyCalendar(sp.GetRequiredService<TimeProvider>(), TimeZoneInfo.FindSystemTimeZoneById(agency.TimeZone)));
        services.AddSingleton((configuration.GetSection("Security:Lockout").Get<LockoutPolicy>() ?? new LockoutPolicy()).Validated());
        services.AddSingleton((configuration.GetSection(PriorityWeights.Section).Get<PriorityWeights>() ?? new PriorityWeights()).Validated());
        services.AddSingleton((configuration.GetSection(Casewell.Clients.IdentifierLookupLimits.Section).Get<Casewell.Clients.IdentifierLookupLimits>()
            ?? new Casewell.Clients.IdentifierLookupLimits()).Validated());
        services.AddSingleton(_ => FieldProtectionKey.Load(configuration));

        // No ResourcesPath: Strings already lives in the Resources namespace, and a path would look for
        // "Casewell.Web.Resources.Resources.Strings" and show every key instead of its text.
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var culture = CultureInfo.GetCultureInfo(agency.Culture);
            o.DefaultRequestCulture = new(culture);
            o.SupportedCultures = [culture];
            o.SupportedUICultures = [culture];
        });

        // Keys for cookies and antiforgery live in the database, so every instance can read every cookie.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DatabaseKeyStorage>();
        services.AddDataProtection().SetApplicationName("Casewell");

        var sessions = new SessionPolicy(TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 15.0)),
            TimeSpan.FromHours(configuration.GetValue("Security:AbsoluteSessionHours", 12.0)));
        services.AddSingleton(sessions);
        var attemptsPerAddress = SignInAddressLimit.Validated(configuration.GetValue("Security:SignIn:AttemptsPerAddressPerMinute", 30));
        services.AddSingleton(_ => new SignInAddressLimit(attemptsPerAddress));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o => SessionCookie.Configure(o, sessions.IdleTimeout));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddAbilityPolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedRefusals>();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped(sp => CurrentStaffFromRequest.Resolve(sp.GetRequiredService<IHttpContextAccessor>()));

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
        services.AddProblemDetails(o => o.CustomizeProblemDetails = BadRequestProblems.Describe);
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
            o.AddSchemaTransformer(MessageJson.DescribeAsString);
        });
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddHostedService<OverdueSweepService>();
        return services;
    }
}
