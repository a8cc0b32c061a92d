using Casewell.Common;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Components.Shared;

/// <summary>
/// A use case's refusal as a form shows it: field errors keyed under the form's own prefix (two forms on one
/// page both have a "Kind"), or, when no field is at fault (a conflict, a refusal), one message above the form.
/// </summary>
internal static class FormErrors
{
    public static (IReadOnlyDictionary<string, string[]>? Fields, string? Problem) Of(string prefix, Result result, IStringLocalizer<Strings> strings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(strings);
        if (result.Errors.Count > 0) return (result.Errors.Word().ToDictionary(e => $"{prefix}.{e.Key}", e => e.Value), null);
        return (null, result.Kind == ResultKind.NotFound ? strings["NotFound_Body"] : result.Detail?.Word());
    }
}
