using System.Globalization;

namespace Casewell.Clients.Matching;

// Blocking keys: the database stores a client's keys and, for a duplicate check or a search, loads only the
// clients sharing a key with the query, then scores those few with MatchScorer. Families, by prefix:
//   NP:{code}|{code}         phonetic codes of a first-name variant and a last-name variant, in sorted order so
//                            swapped first and last names give the same key.       John Smith → NP:JN|SMT
//   NA:{letters}|{letters}   the same pairs as anagram keys, for transposed letters. → NA:HIMST|HJNO
//   L:{code}                 a last-name variant alone, for the search box.         → L:SMT
//   LY:{code}|{yyyy}         a last-name variant with the birth year (a typo in the first name). → LY:SMT|1980
//   FY:{code}|{yyyy}         a formal first name with the birth year (a changed surname).        → FY:JN|1980
//   D:{yyyyMMdd}             an exact date of birth.                                 → D:19800314
//   I:{hash}                 an identifier's lookup hash.
// First-name variants: first and preferred names, each word of a compound first name, and the formal names
// each may stand for (Bill → William). Last-name variants: the last name and each part of a compound one.
// Legal and other names (aliases, maiden names) all contribute; middle names never do, as they are often
// missing. Query keys add birth years ±2 (approximate dates, ages off by one) and the date with day and
// month swapped, and leave out L: keys, which would load every Smith on file.
public static class MatchKeys
{
    private const int YearSpread = 2;
    private const int MaxSearchTextLength = 200;
    private const int MaxSearchWords = 6;

    public static IReadOnlyCollection<string> Stored(MatchSubject subject) => Build(subject, forQuery: false);

    public static IReadOnlyCollection<string> Query(MatchSubject subject) => Build(subject, forQuery: true);

    /// <summary>
    /// Keys for the client search box: "jon smtih", "Smith, John" or a lone surname "smith".
    /// </summary>
    public static IReadOnlyCollection<string> SearchKeys(string? text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return keys;
        if (text.Length > MaxSearchTextLength) text = text[..MaxSearchTextLength];

        // Pair keys are unordered, so "Last, First" needs only its comma read as a word break.
        var folded = NameText.Fold(text.Replace(',', ' '));
        var words = new List<string>();
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && words.Count < MaxSearchWords && !words.Contains(word)) words.Add(word);
        }

        if (words.Count == 1)
        {
            Add(keys, "L:" + PhoneticCode.EncodeFolded(words[0]));
            return keys;
        }

        var left = new List<string>();
        var right = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                // Either word may be the first name, so both get their nickname expansions.
                left.Clear();
                right.Clear();
                left.Add(words[i]);
                AddDistinct(left, Nicknames.CanonicalFormsFolded(words[i]));
                right.Add(words[j]);
                AddDistinct(right, Nicknames.CanonicalFormsFolded(words[j]));
                AddPairKeys(left, right, keys);
            }
        }
        return keys;
    }

    private static HashSet<string> Build(MatchSubject subject, bool forQuery)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var years = Years(subject.BirthDate, forQuery);

        AddNameKeys(subject.Name, subject.PreferredName, years, forQuery, keys);
        foreach (var other in subject.OtherNames) AddNameKeys(other, subject.PreferredName, years, forQuery, keys);

        AddBirthDateKeys(subject, forQuery, keys);
        foreach (var identifier in subject.Identifiers)
        {
            if (!string.IsNullOrWhiteSpace(identifier.LookupHash)) Add(keys, "I:" + identifier.LookupHash);
        }
        return keys;
    }

    private static void AddNameKeys(PersonName name, string? preferredName, string[] years, bool forQuery, HashSet<string> keys)
    {
        var firsts = new List<string>();
        NameVariants.AddFirst(name.First, firsts);
        NameVariants.AddFirst(preferredName, firsts);
        var lasts = new List<string>();
        NameVariants.AddLast(name.Last, lasts);

        AddPairKeys(firsts, lasts, keys);

        foreach (var last in lasts)
        {
            var code = PhoneticCode.EncodeFolded(last);
            if (!forQuery) Add(keys, "L:" + code);
            foreach (var year in years) Add(keys, $"LY:{code}|{year}");
        }

        if (years.Length == 0) return;
        var formalFirsts = new List<string>();
        NameVariants.AddCanonicalFirst(name.First, formalFirsts);
        NameVariants.AddCanonicalFirst(preferredName, formalFirsts);
        foreach (var first in formalFirsts)
        {
            var code = PhoneticCode.EncodeFolded(first);
            foreach (var year in years) Add(keys, $"FY:{code}|{year}");
        }
    }

    private static void AddPairKeys(List<string> firsts, List<string> lasts, HashSet<string> keys)
    {
        if (firsts.Count == 0 || lasts.Count == 0) return;
        var lastCodes = new string[lasts.Count];
        var lastLetters = new string[lasts.Count];
        for (var i = 0; i < lasts.Count; i++)
        {
            lastCodes[i] = PhoneticCode.EncodeFolded(lasts[i]);
            lastLetters[i] = AnagramKey.OfFolded(lasts[i]);
        }
        foreach (var first in firsts)
        {
            var firstCode = PhoneticCode.EncodeFolded(first);
            var firstLetters = AnagramKey.OfFolded(first);
            for (var i = 0; i < lasts.Count; i++)
            {
                Add(keys, Pair("NP:", firstCode, lastCodes[i]));
                Add(keys, Pair("NA:", firstLetters, lastLetters[i]));
            }
        }
    }

    private static void AddBirthDateKeys(MatchSubject subject, bool forQuery, HashSet<string> keys)
    {
        // An approximate date is a guess such as 1 January of the likely year: as a key it would gather
        // everyone whose date was guessed the same way. Approximate dates block through LY/FY years instead.
        if (subject.BirthDate is not { } date || subject.BirthDatePrecision != BirthDatePrecision.Exact) return;
        Add(keys, "D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        if (forQuery && date.Day <= 12 && date.Day != date.Month && date.Month <= DateTime.DaysInMonth(date.Year, date.Day))
        {
            var swapped = new DateOnly(date.Year, date.Day, date.Month);
            Add(keys, "D:" + swapped.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        }
    }

    private static string[] Years(DateOnly? birthDate, bool forQuery)
    {
        if (birthDate is not { } date) return [];
        if (!forQuery) return [Year(date.Year)];
        var from = Math.Max(DateOnly.MinValue.Year, date.Year - YearSpread);
        var to = Math.Min(DateOnly.MaxValue.Year, date.Year + YearSpread);
        var years = new string[to - from + 1];
        for (var year = from; year <= to; year++) years[year - from] = Year(year);
        return years;
    }

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Pair(string family, string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return "";
        return string.CompareOrdinal(a, b) <= 0 ? $"{family}{a}|{b}" : $"{family}{b}|{a}";
    }

    private static void Add(HashSet<string> keys, string key)
    {
        if (key.Length == 0 || key[^1] == ':') return;
        keys.Add(key.Length > ClientMatchKey.MaxKeyLength ? key[..ClientMatchKey.MaxKeyLength] : key);
    }

    private static void AddDistinct(List<string> into, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            if (!into.Contains(value)) into.Add(value);
        }
    }
}
