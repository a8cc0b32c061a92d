namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of caseloads, the queue and handovers, in CaseloadStrings.resx.</summary>
public sealed class CaseloadStrings;
