namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of court hearings in HearingStrings.resx.</summary>
public sealed class HearingStrings;
