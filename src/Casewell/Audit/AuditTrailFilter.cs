using System.Globalization;
using Casewell.Common;

namespace Casewell.Audit;

/// <summary>
/// The auditor's filter as typed into the page or the query string, each field under the name of its query parameter
/// so that a problem names what to correct. <see cref="Parse"/> turns it into an <see cref="AuditTrailQuery"/>.
/// </summary>
public sealed record AuditTrailFilter(
    string? ActorId = null,
    string? ClientId = null,
    string? CaseId = null,
    IReadOnlyList<string>? Actions = null,
    IReadOnlyList<string>? Groups = null,
    string? From = null,
    string? To = null,
    string? Before = null,
    string? PageSize = null)
{
    public const int MaxActions = 20;
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    // The last day whose next day still exists: the end of a range is the next day's midnight.
    private static readonly DateOnly FirstDate = new(1900, 1, 1);
    private static readonly DateOnly LastDate = DateOnly.MaxValue.AddDays(-1);

    /// <summary>The typed query, or the field errors; <paramref name="knownActions"/> are the action names the trail can hold.</summary>
    public Result<AuditTrailQuery> Parse(IReadOnlySet<string> knownActions)
    {
        ArgumentNullException.ThrowIfNull(knownActions);
        var v = new Validation();
        var actor = Id(v, "actorId", ActorId);
        var client = Id(v, "clientId", ClientId);
        var @case = Id(v, "caseId", CaseId);
        var actions = Values(Actions);
        if (actions.Count > MaxActions) v.Add("action", new Message(AuditMessages.TooManyActions, MaxActions));
        foreach (var unknown in actions.Where(a => !knownActions.Contains(a)).Take(3))
            v.Add("action", new Message(AuditMessages.UnknownAction, Shorten(unknown)));
        var groups = new List<AuditActionGroup>();
        foreach (var text in Values(Groups))
        {
            // Names only: Enum.TryParse would also take "3" or "Reads, Changes".
            if (text.All(char.IsAsciiLetter) && Enum.TryParse<AuditActionGroup>(text, ignoreCase: true, out var group)) groups.Add(group);
            else v.Add("group", new Message(AuditMessages.UnknownGroup, Shorten(text), string.Join(", ", Enum.GetNames<AuditActionGroup>())));
        }
        var from = Date(v, "from", From);
        var to = Date(v, "to", To);
        if (from is { } f && to is { } t && f > t) v.Add("to", new Message(AuditMessages.ToBeforeFrom));
        long? before = null;
        if (!string.IsNullOrWhiteSpace(Before))
        {
            if (long.TryParse(Before, NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b > 0) before = b;
            else v.Add("before", new Message(AuditMessages.BadBefore));
        }
        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(PageSize))
        {
            if (int.TryParse(PageSize, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= MaxPageSize) size = s;
            else v.Add("pageSize", new Message(AuditMessages.BadPageSize, MaxPageSize));
        }
        if (v.HasErrors) return Result<AuditTrailQuery>.Invalid(v.ToDictionary());
        return Result<AuditTrailQuery>.Ok(new AuditTrailQuery(client, actor, before, size)
        {
            CaseId = @case,
            Actions = [.. actions.Distinct(StringComparer.Ordinal)],
            Groups = [.. groups.Distinct()],
            From = from,
            To = to,
        });
    }

    private static List<string> Values(IReadOnlyList<string>? values) =>
        values is null ? [] : [.. values.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim())];

    private static Guid? Id(Validation v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Guid.TryParseExact(text.Trim(), "D", out var id)) return id;
        v.Add(field, new Message(AuditMessages.BadId));
        return null;
    }

    private static DateOnly? Date(Validation v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= FirstDate && date <= LastDate)
            return date;
        v.Add(field, new Message(AuditMessages.BadDate));
        return null;
    }

    // What was typed goes back into the message: a few characters are enough to recognise it, and bound its size.
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
