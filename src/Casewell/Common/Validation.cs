namespace Casewell.Common;

/// <summary>Collects field errors for a request; handlers answer <see cref="Result.Invalid(IReadOnlyDictionary{string, Message[]})"/> when any were found.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<Message>> errors = [];

    public bool HasErrors => errors.Count > 0;

    public void Add(string field, Message message)
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

    /// <summary>
    /// A value that is missing, whitespace or only invisible characters (<see cref="TextRules.IsBlank"/>) is refused.
    /// The label says what to enter, article included ("the client's first name").
    /// </summary>
    public void Required(string field, string? value, Message label)
    {
        if (TextRules.IsBlank(value)) Add(field, new Message(ValidationMessages.Required, label));
    }

    /// <summary>
    /// A text of one line (a name, a code, a phone number): its length, and no control characters, tabs or line breaks.
    /// The label starts the sentence ("First name").
    /// </summary>
    public void SingleLine(string field, string? value, int max, Message label) => Text(field, value, max, label, multiLine: false);

    /// <summary>A text of several lines (notes, summaries, reasons): its length, and no control characters but tab and line breaks.</summary>
    public void MultiLine(string field, string? value, int max, Message label) => Text(field, value, max, label, multiLine: true);

    public IReadOnlyDictionary<string, Message[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Result ToResult() => Result.Invalid(ToDictionary());

    private void Text(string field, string? value, int max, Message label, bool multiLine)
    {
        if (value is null) return;
        if (value.Length > max) Add(field, new Message(ValidationMessages.TooLong, label, max));
        switch (TextRules.ProblemOf(value, multiLine))
        {
            case TextProblem.LineBreak:
                Add(field, new Message(ValidationMessages.LineBreak, label));
                break;
            case TextProblem.ControlCharacter:
                Add(field, new Message(ValidationMessages.ControlCharacter, label));
                break;
        }
    }
}
