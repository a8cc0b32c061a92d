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

    public void AddAll(Validation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (field, messages) in other.errors)
            foreach (var message in messages) Add(field, message);
    }

    /// <summary>A value that is missing, whitespace or only invisible characters (<see cref="TextRules.IsBlank"/>) is refused.</summary>
    public void Required(string field, string? value, string label)
    {
        if (TextRules.IsBlank(value)) Add(field, $"Enter {label}.");
    }

    /// <summary>A text of one line (a name, a code, a phone number): its length, and no control characters, tabs or line breaks.</summary>
    public void SingleLine(string field, string? value, int max, string label) => Text(field, value, max, label, multiLine: false);

    /// <summary>A text of several lines (notes, summaries, reasons): its length, and no control characters but tab and line breaks.</summary>
    public void MultiLine(string field, string? value, int max, string label) => Text(field, value, max, label, multiLine: true);

    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Result ToResult() => Result.Invalid(ToDictionary());

    private void Text(string field, string? value, int max, string label, bool multiLine)
    {
        if (value is null) return;
        if (value.Length > max) Add(field, $"{Capitalize(label)} must be {max} characters or fewer.");
        switch (TextRules.ProblemOf(value, multiLine))
        {
            case TextProblem.LineBreak:
                Add(field, $"{Capitalize(label)} must be one line, without tabs or line breaks.");
                break;
            case TextProblem.ControlCharacter:
                Add(field, $"{Capitalize(label)} contains a control character or an incomplete character; remove it.");
                break;
        }
    }

    private static string Capitalize(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
