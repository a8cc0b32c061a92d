using Casewell.Common;

namespace Casewell.Web.Hosting;

/// <summary>
/// Any problem answer (RFC 7807) as one typed result, so that an endpoint's signature reads
/// <c>Results&lt;Ok&lt;CaseDetail&gt;, ApiProblem&gt;</c>: the success in the OpenAPI document comes from the type the
/// endpoint returns, and the problems its use case can answer are declared beside it with
/// <see cref="ApiResponses.ProducesProblems{TBuilder}"/>. The answer written is the one it wraps, unchanged.
/// </summary>
internal sealed class ApiProblem(IResult problem) : IResult
{
    public static ApiProblem For(Result failure) => new(ResultHttp.Problem(failure));

    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);
}
