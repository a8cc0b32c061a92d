namespace Casewell.Court;

/// <summary>A hearing as its page and the lists show it; Version is what a change must send back.</summary>
public sealed record CourtHearingView(
    Guid Id,
    Guid CaseId,
    DateTimeOffset StartsAt,
    CourtHearingType Type,
    string Court,
    string? Judge,
    CourtHearingStatus Status,
    IReadOnlyList<CourtHearingPartyView> Parties,
    DateTimeOffset? ContinuedFrom,
    int ContinuanceCount,
    string? Reason,
    string? Outcome,
    DateTimeOffset? OutcomeRecordedAt,
    string? OutcomeRecordedByName,
    Guid? PreviousHearingId,
    Guid? NextHearingId,
    Guid? PreparationTaskId,
    string ScheduledByName,
    DateTimeOffset ScheduledAt,
    int Version);

public sealed record CourtHearingPartyView(string Name, string Role);
