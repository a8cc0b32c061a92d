namespace Casewell.Clients.Matching;

/// <summary>How alike two name parts are, 0 to 1, and which texts were compared, for the reason shown.</summary>
internal readonly record struct PartMatch(double Value, PartMatchKind Kind, NamePart? Query, NamePart? Candidate)
{
    public static readonly PartMatch None = new(0, PartMatchKind.None, null, null);

    public PartMatch AtMost(double cap) => Value > cap ? this with { Value = cap } : this;
}
