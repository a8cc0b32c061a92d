namespace Casewell.Web.Hosting;

/// <summary>
/// ASP.NET names a problem type only for the statuses it knows (400, 404, 409, 422...). The probe found 428
/// (If-Match required) and 429 (too many sign-ins) answered without one; every problem document names its type,
/// so a client can tell them apart without parsing the title: the RFC that defines the status, or "about:blank",
/// which RFC 9457 says means "the status code says it all".
/// </summary>
internal static class ProblemTypes
{
    private static readonly Dictionary<int, string> Defined = new()
    {
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status428PreconditionRequired] = "https://tools.ietf.org/html/rfc6585#section-3",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    public static void Name(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Type)) return;
        problem.Type = problem.Status is { } status && Defined.TryGetValue(status, out var type) ? type : "about:blank";
    }
}
