using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Access;

/// <summary>One way in: a method and a route template, with its constraints left out ("GET /api/v1/cases/{caseId}").</summary>
public sealed partial record MatrixRoute(string Method, string Template, bool IsPage)
{
    public string Key => $"{Method} {Template}";

    public bool IsRead => Method == "GET";

    public IEnumerable<string> Parameters => Parameter().Matches(Template).Select(m => m.Groups[1].Value);

    public string PathWith(Func<string, string> value) => Parameter().Replace(Template, m => value(m.Groups[1].Value));

    public override string ToString() => Key;

    /// <summary>
    /// Every endpoint the application maps, read from its own endpoint data sources, so that an endpoint added
    /// tomorrow is in the matrix without anyone listing it. Pages are called with GET: their forms post back to the
    /// same route with an antiforgery token, to the same handlers the API calls. The static files are left out.
    /// </summary>
    public static IReadOnlyList<MatrixRoute> Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var routes = new SortedSet<MatrixRoute>(Comparer<MatrixRoute>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key)));
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (IsStaticFile(endpoint)) continue;
            var template = Constraint().Replace("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), "{$1}");
            if (template.Length > 1) template = template.TrimEnd('/');
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in isPage ? ["GET"] : methods) routes.Add(new MatrixRoute(method, template, isPage));
        }
        return [.. routes];
    }

    // The static assets are files: each its own endpoint, with no parameter and a file name's extension.
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Count == 0 && StaticFile().IsMatch(endpoint.RoutePattern.RawText ?? "");

    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\.(css|js|mjs|map|png|svg|ico|woff2?|ttf|gz|br|json|txt|webmanifest)$")]
    private static partial Regex StaticFile();
}
