namespace Casewell.Web.Court;

/// <summary>
/// Breaks text into lines no wider than a width, as measured by the caller (the PDF's font metrics): at spaces where it
/// can, and inside a word only when the word alone is wider than the line (a long reference number, a web address).
/// The worker's own line breaks are kept.
/// </summary>
internal static class CourtReportLines
{
    public static IEnumerable<string> Break(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) yield return line;
                line = word;
                // A word wider than the line is cut where it must be, keeping what fits.
                while (line.Length > 1 && measure(line) > width)
                {
                    var fits = Fitting(line, width, measure);
                    yield return line[..fits];
                    line = line[fits..];
                }
            }
            yield return line;
        }
    }

    /// <summary>How many leading characters of <paramref name="word"/> fit, at least one (so that the loop always moves on).</summary>
    private static int Fitting(string word, double width, Func<string, double> measure)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measure(word[..mid]) <= width) low = mid;
            else high = mid - 1;
        }
        // Never between the halves of a surrogate pair (an emoji, a rare CJK character): half a character draws nothing.
        if (low > 1 && char.IsHighSurrogate(word[low - 1])) low--;
        return low;
    }
}
