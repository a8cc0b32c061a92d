namespace Casewell.Clients.Matching;

/// <summary>One of a subject's names (legal or other) prepared for comparison.</summary>
internal sealed record RecordedName(NamePart First, NamePart Last, bool IsOther, string Full)
{
    public static List<RecordedName> All(MatchSubject subject)
    {
        var names = new List<RecordedName>(1 + subject.OtherNames.Count) { From(subject.Name, isOther: false) };
        foreach (var other in subject.OtherNames) names.Add(From(other, isOther: true));
        return names;
    }

    // Middle names take no part: they are often missing from one record or reduced to an initial.
    private static RecordedName From(PersonName name, bool isOther) =>
        new(new NamePart(name.First), new NamePart(name.Last), isOther, $"{name.First?.Trim()} {name.Last?.Trim()}".Trim());
}
