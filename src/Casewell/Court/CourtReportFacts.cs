using Casewell.Cases;
using Casewell.Households;

namespace Casewell.Court;

/// <summary>What a draft is compiled from, read from the record through <see cref="Access.CourtReportReads"/>.</summary>
public sealed record CourtReportFacts(
    string ClientName,
    DateOnly? ClientBirthDate,
    string CaseNumber,
    string ProgramName,
    string CaseTypeName,
    CaseStatus Status,
    DateTimeOffset ReferredAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CourtReportWorker> Workers,
    IReadOnlyList<CourtReportHouseholdMember> Household,
    IReadOnlyList<TimelineEntry> History,
    IReadOnlyList<CourtReportNote> Notes);

public sealed record CourtReportWorker(string Name, AssignmentRole Role, DateTimeOffset Since);

/// <summary>A person living in the client's household: a client of the agency (named only when the reader may see them) or not.</summary>
public sealed record CourtReportHouseholdMember(string Name, RelationshipType Relationship);
