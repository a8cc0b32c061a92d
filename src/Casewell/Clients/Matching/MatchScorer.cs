using Casewell.Common;

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
                reasons.Add(new(MatchReasonKind.SameIdentifier, new Message(MatchMessages.SameIdentifier, Describe(q.Kind))));
                break;
            }
        }
        return matched.Count > 0 ? SameIdentifier : 0;
    }

    private static Message Describe(IdentifierKind kind) => new(kind switch
    {
        IdentifierKind.SocialSecurityNumber => MatchMessages.SocialSecurityNumber,
        IdentifierKind.Medicaid => MatchMessages.Medicaid,
        IdentifierKind.Medicare => MatchMessages.Medicare,
        IdentifierKind.StateId => MatchMessages.StateId,
        IdentifierKind.DriversLicense => MatchMessages.DriversLicense,
        _ => MatchMessages.OtherIdentifier,
    });
}
