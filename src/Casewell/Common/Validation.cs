namespace Casewell.Common;

/// <summary>Collects field errors for a request; handlers answer <see cref="Result.Invalid(IReadOnlyDictionary{string, string[]})"/> when any were found.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool HasErrors => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public void Required(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"Enter {label}.");
    }

    public void MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max) Add(field, $"{Capitalize(label)} must be {max} characters or fewer.");
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Result ToResult() => Result.Invalid(ToDictionary());

    private static string Capitalize(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
