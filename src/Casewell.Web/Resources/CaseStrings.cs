namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of cases in CaseStrings.resx.</summary>
public sealed class CaseStrings;
