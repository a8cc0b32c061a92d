namespace Casewell.Court;

/// <summary>A hearing on the worker's own list: when, where, what kind, on whose case.</summary>
public sealed record MyHearing(Guid Id, DateTimeOffset StartsAt, CourtHearingType Type, string Court, CourtHearingStatus Status, Guid CaseId, string CaseNumber, string ClientName);
