namespace Casewell.Web.Resources;

/// <summary>Marker type for the words of court reports, on their pages and in their Word and PDF files, in CourtReportStrings.resx.</summary>
public sealed class CourtReportStrings;
