namespace Casewell.Common;

/// <summary>
/// What a text field may hold, for every field alike and on both databases. PostgreSQL refuses NUL in text
/// outright (and SQLite would store it, and other control characters, invisibly), so they are refused at the
/// edge with a field error instead; tab and line breaks only where a text has several lines.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// Whitespace, or characters that draw nothing: zero-width space, non-joiner and joiner, word joiner and the
    /// byte order mark. A value made only of these looks empty to whoever reads it, so it counts as empty.
    /// </summary>
    public static bool IsBlank(string? value)
    {
        if (value is null) return true;
        foreach (var c in value)
            if (!char.IsWhiteSpace(c) && !IsInvisible(c)) return false;
        return true;
    }

    /// <summary>The value trimmed, or null when it is blank.</summary>
    public static string? OrNull(string? value) => IsBlank(value) ? null : value!.Trim();

    /// <summary>Why the value cannot be stored as text, or null when it can.</summary>
    public static TextProblem? ProblemOf(string? value, bool multiLine)
    {
        if (value is null) return null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\n' or '\r' or '\t')
            {
                if (!multiLine) return TextProblem.LineBreak;
            }
            else if (char.IsControl(c))
            {
                return TextProblem.ControlCharacter;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                // Half of a pair encodes no character: it cannot be written as UTF-8, which PostgreSQL stores.
                return TextProblem.ControlCharacter;
            }
        }
        return null;
    }

    /// <summary>Whether the text holds a character no database column should receive (a safety net under the field checks).</summary>
    public static bool IsUnstorable(string value) => value.Contains('\0', StringComparison.Ordinal);

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}

public enum TextProblem
{
    /// <summary>A line break or tab in a field of one line.</summary>
    LineBreak,

    /// <summary>NUL, another control character, or half a surrogate pair.</summary>
    ControlCharacter,
}
