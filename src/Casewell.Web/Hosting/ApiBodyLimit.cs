using Microsoft.AspNetCore.Http.Features;

namespace Casewell.Web.Hosting;

/// <summary>
/// The JSON API takes bodies up to a megabyte (Kestrel's default is 30 MB): the largest real request, a client
/// with all its aliases and identifiers, is a few kilobytes, and a megabyte of a name already cost about a second
/// in the duplicate check. A bigger body is refused with a 413 problem before anything reads it.
/// </summary>
internal static class ApiBodyLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // A document upload is the one body that is a file: its limit is the documents' (Documents:MaxMegabytes).
        var max = Documents.DocumentUploadLimit.For(context) ?? MaxBytes;
        if (context.Request.ContentLength > max)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"A request body may be at most {max} bytes.").ExecuteAsync(context);
            return;
        }
        // A body sent without a length (chunked) is cut off by the server at the same size, answered 413 as well.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        await next(context);
    });
}
