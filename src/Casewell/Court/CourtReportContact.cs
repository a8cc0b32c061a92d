using Casewell.Contacts;

namespace Casewell.Court;

/// <summary>
/// One contact as the report shows it, copied from the record when the draft is compiled: a court reads what was
/// documented then, and a correction belongs in the record (an addendum), not in the report's copy.
/// </summary>
public sealed record CourtReportContact(DateTimeOffset OccurredAt, ContactKind Kind, string Participants, string Summary);
