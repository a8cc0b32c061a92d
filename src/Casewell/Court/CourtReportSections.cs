namespace Casewell.Court;

/// <summary>The parts of a report the worker may edit: compiled from the record, then theirs to word, and the recommendations they write.</summary>
public sealed record CourtReportSections(string CaseDetails, string Household, string History, string Recommendations);
