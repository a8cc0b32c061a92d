using System.Collections.Frozen;

namespace Casewell.Clients.Matching;

/// <summary>
/// Given names that stand for the same name (Bill = William, Pepe = José), so a client registered under the
/// formal name is found when intake hears the short one, and the other way round.
/// </summary>
public static class Nicknames
{
    private static readonly FrozenDictionary<string, string[]> RootsByName = Build();

    internal static int GroupCount => NicknameGroups.Lines.Length;

    public static bool AreEquivalent(string? a, string? b)
    {
        var foldedA = NameText.Fold(a);
        var foldedB = NameText.Fold(b);
        return AreEquivalentFolded(foldedA, foldedB);
    }

    /// <summary>The formal names a given name may stand for, folded; the name itself when it is in no group.</summary>
    public static IReadOnlyList<string> CanonicalForms(string? name) => CanonicalFormsFolded(NameText.Fold(name));

    internal static IReadOnlyList<string> CanonicalFormsFolded(string folded)
    {
        if (folded.Length == 0) return [];
        return RootsByName.TryGetValue(folded, out var roots) ? roots : [folded];
    }

    internal static bool AreEquivalentFolded(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        if (!RootsByName.TryGetValue(a, out var rootsA) || !RootsByName.TryGetValue(b, out var rootsB)) return false;
        foreach (var root in rootsA)
        {
            if (Array.IndexOf(rootsB, root) >= 0) return true;
        }
        return false;
    }

    private static FrozenDictionary<string, string[]> Build()
    {
        var roots = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in NicknameGroups.Lines)
        {
            var names = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var root = NameText.Fold(names[0]);
            foreach (var name in names)
            {
                var folded = NameText.Fold(name);
                if (!roots.TryGetValue(folded, out var list)) roots[folded] = list = [];
                if (!list.Contains(root)) list.Add(root);
            }
        }

        // A formal name leads its own list, so Nathan means Nathan before it means Nathaniel.
        foreach (var (name, list) in roots)
        {
            var own = list.IndexOf(name);
            if (own > 0)
            {
                list.RemoveAt(own);
                list.Insert(0, name);
            }
        }
        return roots.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
