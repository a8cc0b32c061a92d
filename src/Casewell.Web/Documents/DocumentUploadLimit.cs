using System.Text.RegularExpressions;
using Casewell.Documents;
using Microsoft.AspNetCore.Http.Features;

namespace Casewell.Web.Documents;

/// <summary>
/// The request body limit of a document upload, page or API: the largest document allowed (<c>Documents:MaxMegabytes</c>)
/// and a megabyte for the form around it, in place of the API's one megabyte and the server's default. Decided by the
/// path before routing, as the API's own limit is (<see cref="Hosting.ApiBodyLimit"/>). The content itself is counted
/// again as it is staged, so this only bounds what the server reads before it says no.
/// </summary>
internal static partial class DocumentUploadLimit
{
    private const long FormOverhead = 1024 * 1024;

    /// <summary>The limit when the request is an upload, or null.</summary>
    public static long? For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) || !UploadPath().IsMatch(context.Request.Path.Value ?? "")) return null;
        return context.RequestServices.GetRequiredService<DocumentSettings>().MaxBytes + FormOverhead;
    }

    /// <summary>For the pages' uploads; the API's are set by its own limit, which asks <see cref="For"/>.</summary>
    public static IApplicationBuilder UseDocumentUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (For(context) is { } limit && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        await next(context);
    });

    [GeneratedRegex(@"^/(api/v1/)?(clients|cases)/[0-9a-fA-F-]{36}/documents/?$", RegexOptions.CultureInvariant)]
    private static partial Regex UploadPath();
}
