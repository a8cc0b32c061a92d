namespace Casewell.Court;

/// <summary>What scheduling a hearing says about it, as the worker entered it; <see cref="CourtHearing.Schedule"/> checks it.</summary>
public sealed record CourtHearingDetails(
    DateTimeOffset? StartsAt,
    CourtHearingType? Type,
    string? Court,
    string? Judge,
    IReadOnlyList<CourtHearingPartyDetails>? Parties);

/// <summary>One attorney or party as entered: a name and the role the court knows them by.</summary>
public sealed record CourtHearingPartyDetails(string? Name, string? Role);
