using Casewell.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Hosting;

/// <summary>Translates a use case's answer into HTTP: RFC 7807 problem documents for every failure.</summary>
internal static class ResultHttp
{
    /// <summary>204, or the problem; typed, so that the OpenAPI document shows the success (see <see cref="ApiProblem"/>).</summary>
    public static Results<NoContent, ApiProblem> ToResults(this Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? TypedResults.NoContent() : ApiProblem.For(result);
    }

    /// <summary>The success the endpoint's signature names, or the problem.</summary>
    public static Results<TOk, ApiProblem> ToResults<T, TOk>(this Result<T> result, Func<T, TOk> onOk) where TOk : IResult
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onOk);
        return result.Succeeded ? onOk(result.Value!) : ApiProblem.For(result);
    }

    public static IResult Problem(Result result) => result.Kind switch
    {
        ResultKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "No such record, or you may not see it."),
        ResultKind.Invalid => TypedResults.ValidationProblem(result.Errors.Word(),
            title: "Some fields need correcting."),
        ResultKind.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else", detail: result.Detail?.Word()),
        ResultKind.Refused => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused by a rule", detail: result.Detail?.Word()),
        ResultKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: result.Detail?.Word()),
        ResultKind.TooMany => new RetryLater(TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: result.Detail?.Word()), result.RetryAfter ?? TimeSpan.FromMinutes(1)),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError),
    };

    /// <summary>A problem document with the Retry-After header (whole seconds, at least one) that 429 calls for.</summary>
    private sealed class RetryLater(IResult problem, TimeSpan after) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var seconds = Math.Max(1, (long)Math.Ceiling(after.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
