using Casewell.Audit;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Audit;

/// <summary>
/// An entry's action in words for the auditor: the well-known actions by name, a write ("Client.Updated") by its verb
/// and its record's kind, and anything else (a load's own name) as stored, so nothing is hidden for want of a wording.
/// </summary>
internal static class AuditWords
{
    public static string Action(IStringLocalizer<AuditStrings> words, string action)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(action);
        var known = words["Action." + action];
        if (!known.ResourceNotFound) return known.Value;
        var dot = action.LastIndexOf('.');
        if (dot <= 0) return action;
        var verb = action[(dot + 1)..];
        var type = action[..dot];
        if (!AuditActionGroups.WriteVerbs.Contains(verb)) return action;
        var kind = words["Type." + type];
        return words["Write_" + verb, kind.ResourceNotFound ? type : kind.Value].Value;
    }

    public static string Group(IStringLocalizer<AuditStrings> words, AuditActionGroup group)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words["Group." + group].Value;
    }
}
