using System.Globalization;
using System.Text;
using Casewell.Common;

namespace Casewell.Notes;

/// <summary>
/// What a worker types into the notes' search box, as words. Only letters and digits make a word; everything else
/// (quotes, <c>*</c>, <c>-</c>, <c>:</c>, parentheses) separates words, so nothing a worker types is ever read as the
/// databases' query syntax: "NEAR" and "OR" are words like any other. Each word is a prefix ("visi" finds "visit"),
/// and a note matches when it holds every word, in any of its sections.
/// </summary>
public sealed class NoteSearchText
{
    public const int MaxLength = 200;
    public const int MaxWords = 12;

    private NoteSearchText(IReadOnlyList<string> words) => Words = words;

    /// <summary>The words, lower-cased, each once, in the order typed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The text as words, or the field error at <paramref name="field"/>: blank, too long, or no word in it.</summary>
    public static Result<NoteSearchText> Parse(string? text, string field = "q")
    {
        var shape = new Validation();
        shape.Required(field, text, new Message(NoteMessages.RequiredSearchText));
        shape.SingleLine(field, text, MaxLength, new Message(NoteMessages.SearchText));
        if (shape.HasErrors) return Result<NoteSearchText>.Invalid(shape.ToDictionary());

        var words = WordsOf(text!).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0) return Result<NoteSearchText>.Invalid(field, new Message(NoteMessages.SearchNeedsWord));
        if (words.Count > MaxWords) return Result<NoteSearchText>.Invalid(field, new Message(NoteMessages.TooManySearchWords, MaxWords));
        return Result<NoteSearchText>.Ok(new NoteSearchText(words));
    }

    /// <summary>
    /// The FTS5 MATCH expression: each word a quoted prefix phrase (<c>"visit"*</c>), side by side, which FTS5 reads as
    /// AND. The quotes make FTS5 take the word as a string even when it is one of its operators (AND, OR, NOT, NEAR).
    /// </summary>
    public string ToFts5() => string.Join(' ', Words.Select(w => $"\"{w}\"*"));

    /// <summary>
    /// One PostgreSQL tsquery per word (<c>visit:*</c>), each asked of the note separately, so that the words may be in
    /// different sections. A word holds only letters and digits, so it can be no tsquery operator.
    /// </summary>
    public IEnumerable<string> ToTsQueries() => Words.Select(w => w + ":*");

    /// <summary>
    /// The words as both databases' tokenizers see them (FTS5 unicode61, PostgreSQL's parser with the simple
    /// configuration): runs of letters and digits, lower-cased; accents are kept, as both are told to.
    /// </summary>
    public static IEnumerable<string> WordsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark)
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
