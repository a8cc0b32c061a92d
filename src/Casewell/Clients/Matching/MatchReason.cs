using Casewell.Common;

namespace Casewell.Clients.Matching;

/// <summary>One piece of evidence for or against a match, as a <see cref="MatchMessages"/> code the web words for the intake worker.</summary>
public sealed record MatchReason(MatchReasonKind Kind, Message Message);
