namespace Casewell.Clients.Matching;

/// <summary>
/// Scores how likely a client on file is the person at intake, 0 to 100, with the reasons a worker reads
/// before deciding. Runs on the few candidates the blocking keys (MatchKeys) bring back.
/// </summary>
public static class MatchScorer
{
    public const int LikelyFrom = 70;
    public const int PossibleFrom = 45;

    // Two people rarely share an identifier; a shared one outweighs any spelling evidence.
    private const double SameIdentifier = 50;

    public static MatchResult Score(MatchSubject query, MatchSubject candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var reasons = new List<MatchReason>();
        var points = IdentifierPoints(query, candidate, reasons)
            + NameAgreement.Points(query, candidate, reasons)
            + BirthDateAgreement.Points(query, candidate, reasons);
        var score = Math.Clamp((int)Math.Round(points, MidpointRounding.AwayFromZero), 0, 100);
        var strength = score >= LikelyFrom ? MatchStrength.Likely : score >= PossibleFrom ? MatchStrength.Possible : MatchStrength.Unlikely;
        return new MatchResult(score, strength, reasons);
    }

    private static double IdentifierPoints(MatchSubject query, MatchSubject candidate, List<MatchReason> reasons)
    {
        var matched = new List<IdentifierKind>();
        foreach (var q in query.Identifiers)
        {
            if (string.IsNullOrEmpty(q.LookupHash) || matched.Contains(q.Kind)) continue;
            foreach (var c in candidate.Identifiers)
            {
                if (c.Kind != q.Kind || !string.Equals(c.LookupHash, q.LookupHash, StringComparison.Ordinal)) continue;
                matched.Add(q.Kind);
                reasons.Add(new(MatchReasonKind.SameIdentifier, $"Same {Describe(q.Kind)}"));
                break;
            }
        }
        return matched.Count > 0 ? SameIdentifier : 0;
    }

    private static string Describe(IdentifierKind kind) => kind switch
    {
        IdentifierKind.SocialSecurityNumber => "Social Security number",
        IdentifierKind.Medicaid => "Medicaid ID",
        IdentifierKind.Medicare => "Medicare number",
        IdentifierKind.StateId => "state ID number",
        IdentifierKind.DriversLicense => "driver's license number",
        _ => "identifier",
    };
}
