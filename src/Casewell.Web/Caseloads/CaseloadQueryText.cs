using Casewell.Caseloads;
using Casewell.Cases;

namespace Casewell.Web.Caseloads;

/// <summary>
/// A caseload list's choices as they travel in the address (<c>?status=Open&amp;sort=Priority</c>), so a filtered
/// list can be bookmarked and paged with plain links. Text that names nothing becomes a field error, not an empty list.
/// </summary>
public sealed record CaseloadQueryText(
    string? Status = null,
    string? CaseTypeId = null,
    string? Priority = null,
    bool OverdueOnly = false,
    string? Sort = null,
    bool Descending = false,
    int Page = 1)
{
    public bool IsFiltered => !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(CaseTypeId) || !string.IsNullOrEmpty(Priority) || OverdueOnly;

    public (CaseloadFilter? Filter, IReadOnlyDictionary<string, string[]>? Errors) ToFilter()
    {
        var errors = new Dictionary<string, string[]>();
        var status = Parse<CaseStatus>(Status, "Status", "Choose a status from the list.", errors);
        var priority = Parse<CasePriority>(Priority, "Priority", "Choose a priority from the list.", errors);
        var sort = Parse<CaseloadSort>(Sort, "Sort", "Choose an order from the list.", errors);
        Guid? typeId = null;
        if (!string.IsNullOrEmpty(CaseTypeId))
        {
            if (Guid.TryParse(CaseTypeId, out var parsed)) typeId = parsed;
            else errors["CaseTypeId"] = ["Choose a case type from the list."];
        }
        if (errors.Count > 0) return (null, errors);
        return (new CaseloadFilter(status, typeId, priority, OverdueOnly, sort ?? CaseloadSort.NextDue, Descending, Page), null);
    }

    /// <summary>The address of this list at another page, keeping every choice.</summary>
    public string Link(string path, int page)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("status", Status);
        Add("caseTypeId", CaseTypeId);
        Add("priority", Priority);
        if (OverdueOnly) Add("overdueOnly", "true");
        Add("sort", Sort);
        if (Descending) Add("descending", "true");
        Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"{path}?{string.Join('&', parts)}";
    }

    private static T? Parse<T>(string? text, string field, string message, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Names only: "3" or "+3" would otherwise parse as a value no list offers.
        if (Hosting.ApiQuery.TryEnum(text, default(T), out var value)) return value;
        errors[field] = [message];
        return null;
    }
}
