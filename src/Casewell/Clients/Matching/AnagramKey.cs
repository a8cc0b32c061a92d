namespace Casewell.Clients.Matching;

/// <summary>
/// A name's letters in alphabetical order: the same for Smith and Smtih, John and Jhon, so a transposition
/// typo, which can change the sound, still blocks with the right client.
/// </summary>
public static class AnagramKey
{
    // Names longer than this still compare on their first letters; keys must fit the 100-character column.
    public const int MaxLength = 40;

    public static string Of(string? name) => OfFolded(NameText.Fold(name));

    internal static string OfFolded(string folded)
    {
        Span<char> letters = stackalloc char[Math.Min(folded.Length, PersonName.MaxPartLength * 2)];
        var count = 0;
        foreach (var c in folded)
        {
            if (c != ' ' && count < letters.Length) letters[count++] = c;
        }
        var sorted = letters[..count];
        sorted.Sort();
        return new string(sorted[..Math.Min(count, MaxLength)]);
    }
}
