namespace Casewell.Clients.Matching;

public sealed record MatchResult(int Score, MatchStrength Strength, IReadOnlyList<MatchReason> Reasons);
