using System.Collections.Frozen;

namespace Casewell.Clients.Matching;

/// <summary>The folded forms of a first or last name under which a person may be recorded or asked for.</summary>
internal static class NameVariants
{
    // Surname particles are never a surname alone: a key for "DE" would gather every De la Cruz and De Leon.
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["DE", "DEL", "LA", "LAS", "LOS", "DA", "DAS", "DO", "DOS", "DI", "DU", "LE", "Y", "E", "VAN", "VON", "DER", "DEN", "TER", "TEN", "ST", "SAN", "MAC", "MC", "BIN", "BINT", "AL", "EL"],
        StringComparer.Ordinal);

    /// <summary>
    /// The whole first name, each word of a compound one (María Guadalupe goes by Lupe), and the formal names
    /// each of those may stand for (Bill → William).
    /// </summary>
    public static void AddFirst(string? first, List<string> into)
    {
        var folded = NameText.Fold(first);
        if (folded.Length == 0) return;
        AddWithCanonical(folded, into);
        if (!folded.Contains(' ', StringComparison.Ordinal)) return;
        foreach (var word in folded.Split(' '))
        {
            if (word.Length > 1) AddWithCanonical(word, into);
        }
    }

    /// <summary>The formal names a first name may stand for, or the name itself.</summary>
    public static void AddCanonicalFirst(string? first, List<string> into)
    {
        var folded = NameText.Fold(first);
        if (folded.Length == 0) return;
        AddDistinct(into, Nicknames.CanonicalFormsFolded(folded));
        if (!folded.Contains(' ', StringComparison.Ordinal)) return;
        foreach (var word in folded.Split(' '))
        {
            if (word.Length > 1) AddDistinct(into, Nicknames.CanonicalFormsFolded(word));
        }
    }

    /// <summary>The whole last name and each part of a compound one: Garcia-Lopez → GARCIA LOPEZ, GARCIA, LOPEZ.</summary>
    public static void AddLast(string? last, List<string> into)
    {
        var folded = NameText.Fold(last);
        if (folded.Length == 0) return;
        AddDistinct(into, folded);
        if (!folded.Contains(' ', StringComparison.Ordinal)) return;
        foreach (var word in folded.Split(' '))
        {
            if (IsSurnamePart(word)) AddDistinct(into, word);
        }
    }

    public static bool IsSurnamePart(string foldedWord) => foldedWord.Length > 1 && !Particles.Contains(foldedWord);

    private static void AddWithCanonical(string folded, List<string> into)
    {
        AddDistinct(into, folded);
        AddDistinct(into, Nicknames.CanonicalFormsFolded(folded));
    }

    private static void AddDistinct(List<string> into, IReadOnlyList<string> values)
    {
        foreach (var value in values) AddDistinct(into, value);
    }

    private static void AddDistinct(List<string> into, string value)
    {
        if (!into.Contains(value)) into.Add(value);
    }
}
