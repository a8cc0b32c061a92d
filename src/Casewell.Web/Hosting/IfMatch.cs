using System.Globalization;

namespace Casewell.Web.Hosting;

/// <summary>
/// Optimistic concurrency over HTTP: a record's version travels as its ETag, and a change must send it back in
/// If-Match, so a change made meanwhile by someone else is reported instead of overwritten.
/// </summary>
internal static class IfMatch
{
    public static bool TryRead(HttpRequest request, out int version)
    {
        ArgumentNullException.ThrowIfNull(request);
        version = 0;
        var value = request.Headers.IfMatch.ToString().Trim().Trim('"');
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..].Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    public static void Write(HttpResponse response, int version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
    }

    public static ApiProblem Required(string what) =>
        new(TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
            detail: $"Send the ETag of the {what} you changed in an If-Match header, so a concurrent change is not overwritten."));
}
