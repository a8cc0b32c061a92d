namespace Casewell.Web.Hosting;

internal static class ApiPaths
{
    public const string Prefix = "/api/v1";

    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }
}
