using Casewell.Access;
using Casewell.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Casewell;

public static class CasewellServices
{
    /// <summary>
    /// Registers every use case handler (by convention: a public class named ...Handler) and the access rules.
    /// Handlers are scoped: one per request, sharing the request's DbContext and actor.
    /// </summary>
    public static IServiceCollection AddCasewellUseCases(this IServiceCollection services)
    {
        var handlers = typeof(CasewellServices).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal));
        foreach (var handler in handlers) services.AddScoped(handler);
        services.AddScoped<ClientAccess>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseReads>();
        services.AddScoped<NoteAccess>();
        services.AddScoped<Notes.NoteSearchIndex>();
        services.AddScoped<ClientReads>();
        services.AddScoped<ListReads>();
        services.AddScoped<ConsentReads>();
        services.AddScoped<CourtReportReads>();
        services.AddScoped<DocumentReads>();
        services.AddScoped<RestrictedRecords>();
        services.AddScoped<RestrictionManagers>();
        services.AddScoped<EmergencyAccessInUse>();
        services.AddScoped<EmergencyGrantAccess>();
        services.AddScoped<Clients.IdentifierLookups>();
        services.AddScoped<Audit.AuditTrailSearch>();
        // The defaults, for hosts without configuration; the web host registers the configured limits after these.
        services.AddSingleton(new Clients.IdentifierLookupLimits());
        services.AddSingleton(new EmergencyAccess.EmergencyAccessSettings());
        services.AddSingleton(new Notes.NoteSettings());
        services.AddSingleton(new Court.CourtHearingSettings());
        services.AddScoped<FirstRunSetup>();
        services.TryAddSingleton<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddSingleton<StaffPasswordHasher>();
        return services;
    }
}
