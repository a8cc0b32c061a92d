namespace Casewell.Clients.Matching;

/// <summary>One piece of evidence for or against a match, worded for the intake worker.</summary>
public sealed record MatchReason(MatchReasonKind Kind, string Text);
