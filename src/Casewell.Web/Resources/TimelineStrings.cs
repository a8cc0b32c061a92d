namespace Casewell.Web.Resources;

/// <summary>Marker type for the timeline's words in TimelineStrings.resx: each kind of entry as a sentence.</summary>
public sealed class TimelineStrings;
