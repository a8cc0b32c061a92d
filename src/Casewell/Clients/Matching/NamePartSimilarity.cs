namespace Casewell.Clients.Matching;

/// <summary>Compares one first name or one last name of the intake query with one of a candidate.</summary>
internal static class NamePartSimilarity
{
    private const double Exact = 1.0;
    private const double Nickname = 0.9;
    private const double SurnamePart = 0.9;
    private const double Phonetic = 0.85;
    private const double Initial = 0.5;

    // A word of a compound first name matching is good evidence but not as good as the whole name matching.
    private const double CompoundWord = 0.9;

    // Below these, Jaro–Winkler calls unrelated names alike. Short names need more: one changed letter in a
    // four-letter name is often another name (Mary, Mark).
    private const double SimilarThreshold = 0.85;
    private const double ShortNameSimilarThreshold = 0.9;
    private const int ShortNameLength = 5;

    public static PartMatch First(NamePart query, NamePart candidate)
    {
        if (query.IsEmpty || candidate.IsEmpty) return PartMatch.None;
        var best = FirstWord(query, candidate);
        if (best.Kind == PartMatchKind.Exact || (query.Words.Count == 0 && candidate.Words.Count == 0)) return best;

        foreach (var q in WordsOrWhole(query))
        {
            foreach (var c in WordsOrWhole(candidate))
            {
                if (ReferenceEquals(q, query) && ReferenceEquals(c, candidate)) continue;
                var word = FirstWord(q, c).AtMost(CompoundWord);
                if (word.Value > best.Value) best = word;
            }
        }
        return best;
    }

    public static PartMatch Last(NamePart query, NamePart candidate)
    {
        if (query.IsEmpty || candidate.IsEmpty) return PartMatch.None;
        if (Same(query, candidate)) return new PartMatch(Exact, PartMatchKind.Exact, query, candidate);

        var best = PartMatch.None;
        if ((query.Words.Count > 0 || candidate.Words.Count > 0) && ShareSurname(query, candidate))
        {
            best = new PartMatch(SurnamePart, PartMatchKind.SurnamePart, query, candidate);
        }
        if (best.Value < Phonetic && SameSound(query, candidate))
        {
            best = new PartMatch(Phonetic, PartMatchKind.Phonetic, query, candidate);
        }
        return Better(best, Spelling(query, candidate));
    }

    private static PartMatch FirstWord(NamePart query, NamePart candidate)
    {
        if (Same(query, candidate)) return new PartMatch(Exact, PartMatchKind.Exact, query, candidate);
        if (query.Folded.Length == 1 || candidate.Folded.Length == 1)
        {
            return query.Folded[0] == candidate.Folded[0]
                ? new PartMatch(Initial, PartMatchKind.Initial, query, candidate)
                : PartMatch.None;
        }

        var best = PartMatch.None;
        if (Nicknames.AreEquivalentFolded(query.Folded, candidate.Folded))
        {
            best = new PartMatch(Nickname, PartMatchKind.Nickname, query, candidate);
        }
        else if (SameSound(query, candidate))
        {
            best = new PartMatch(Phonetic, PartMatchKind.Phonetic, query, candidate);
        }
        return Better(best, Spelling(query, candidate));
    }

    private static PartMatch Spelling(NamePart query, NamePart candidate)
    {
        var similarity = JaroWinkler.Similarity(query.Folded, candidate.Folded);
        var threshold = Math.Min(query.Folded.Length, candidate.Folded.Length) < ShortNameLength
            ? ShortNameSimilarThreshold
            : SimilarThreshold;
        return similarity >= threshold ? new PartMatch(similarity, PartMatchKind.Similar, query, candidate) : PartMatch.None;
    }

    private static bool ShareSurname(NamePart query, NamePart candidate)
    {
        foreach (var q in WordsOrWhole(query))
        {
            if (!NameVariants.IsSurnamePart(q.Folded)) continue;
            foreach (var c in WordsOrWhole(candidate))
            {
                if (string.Equals(q.Folded, c.Folded, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    private static IReadOnlyList<NamePart> WordsOrWhole(NamePart name) => name.Words.Count > 0 ? name.Words : [name];

    private static bool Same(NamePart a, NamePart b) => string.Equals(a.Folded, b.Folded, StringComparison.Ordinal);

    private static bool SameSound(NamePart a, NamePart b) => a.Code.Length > 0 && string.Equals(a.Code, b.Code, StringComparison.Ordinal);

    // Ties keep the earlier finding: "Nickname: Bill = William" explains more than a spelling score.
    private static PartMatch Better(PartMatch current, PartMatch challenger) => challenger.Value > current.Value ? challenger : current;
}
