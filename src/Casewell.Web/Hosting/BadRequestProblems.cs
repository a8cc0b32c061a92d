using System.Text.Json;

namespace Casewell.Web.Hosting;

/// <summary>
/// A body the API cannot read (a number or an unknown name for a choice, a malformed date) answers a validation
/// problem naming the field, as any other bad input does, rather than a bare 400.
/// </summary>
internal static class BadRequestProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException { InnerException: JsonException { Path: { Length: > 0 } path } }) return;
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        context.ProblemDetails.Title = "Some fields need correcting.";
        context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>
        {
            [field] = ["This value cannot be read: use the type the API documents, and for a choice one of its listed names."],
        };
    }
}
