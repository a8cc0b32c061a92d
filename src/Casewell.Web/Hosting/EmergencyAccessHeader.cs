using System.Globalization;
using Casewell.Access;

namespace Casewell.Web.Hosting;

/// <summary>
/// Flags every API response that showed a record through an emergency grant: <c>Casewell-Emergency-Access: &lt;grant
/// id&gt;; expires=&lt;ISO 8601&gt;</c>, so a client program can flag it as the pages do with their banner.
/// </summary>
internal static class EmergencyAccessHeader
{
    public const string Name = "Casewell-Emergency-Access";

    public static IApplicationBuilder UseEmergencyAccessHeader(this IApplicationBuilder api) => api.Use(async (context, next) =>
    {
        var inUse = context.RequestServices.GetRequiredService<EmergencyAccessInUse>();
        context.Response.OnStarting(() =>
        {
            if (inUse.Grant is { } grant)
                context.Response.Headers[Name] = $"{grant.GrantId}; expires={grant.ExpiresAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
