namespace Casewell.Notes;

/// <summary>A piece of a search result's snippet: plain text, or a found word. Pages encode both; only they add the mark.</summary>
public sealed record NoteSnippetPart(string Text, bool Match);

/// <summary>
/// The words of a note around the first found word, with every found word marked, for a search result. Worked out
/// here from the note's text rather than by either database's snippet function, so that both show the same and the
/// text stays text until the page encodes it.
/// </summary>
public static class NoteSnippet
{
    public const int Width = 180;
    private const int Before = 50;

    public static IReadOnlyList<NoteSnippetPart> Of(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var first = Enumerable.Range(0, text.Length).FirstOrDefault(i => WordAt(text, i, words) > 0, -1);
        var start = first <= Before ? 0 : StartOfWord(text, first - Before);
        var end = Math.Min(text.Length, start + Width);
        if (end < text.Length && end > start && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]))
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start) end = space;
        }

        var parts = new List<NoteSnippetPart>();
        if (start > 0) parts.Add(new("… ", false));
        var plainFrom = start;
        for (var i = start; i < end; i++)
        {
            var length = WordAt(text, i, words);
            if (length == 0) continue;
            var to = Math.Min(end, i + length);
            if (i > plainFrom) parts.Add(new(text[plainFrom..i], false));
            parts.Add(new(text[i..to], true));
            plainFrom = to;
            i = to - 1;
        }
        if (end > plainFrom) parts.Add(new(text[plainFrom..end], false));
        if (end < text.Length) parts.Add(new(" …", false));
        return parts;
    }

    /// <summary>The length of the whole word at <paramref name="at"/> when it starts with one of the words searched for; else 0.</summary>
    private static int WordAt(string text, int at, IReadOnlyList<string> words)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1])) return 0;
        if (!words.Any(w => at + w.Length <= text.Length && string.Compare(text, at, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0)) return 0;
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return end - at;
    }

    private static int StartOfWord(string text, int at)
    {
        while (at > 0 && char.IsLetterOrDigit(text[at - 1])) at--;
        return at;
    }
}
