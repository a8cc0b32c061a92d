using Casewell.Common;
using Casewell.Web.Hosting;

namespace Casewell.Web.Caseloads;

/// <summary>Why one row's change was not made, shown at the top of the page and at the row's field.</summary>
public sealed record RowProblem(Guid CaseId, string CaseNumber, string Message)
{
    public static RowProblem From(Guid caseId, string caseNumber, Result result, string whenGone)
    {
        ArgumentNullException.ThrowIfNull(result);
        var message = result.Kind == ResultKind.NotFound ? whenGone : result.Detail?.Word() ?? string.Join(" ", result.Errors.Word().SelectMany(e => e.Value));
        return new RowProblem(caseId, caseNumber, message);
    }
}
