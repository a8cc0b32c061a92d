namespace Casewell.Cases;

/// <summary>What a page about part of a case shows at its top: which case, whose. Read through <see cref="Access.CaseReads"/>.</summary>
public sealed record CaseHeading(Guid Id, string CaseNumber, Guid ClientId, string ClientName, CaseStatus Status, int Version);
