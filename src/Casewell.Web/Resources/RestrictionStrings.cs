namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of restricted records and their access lists in RestrictionStrings.resx.</summary>
public sealed class RestrictionStrings;
