namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of the privacy review queue, account activation and identifier-lookup limits in PrivacyStrings.resx.</summary>
public sealed class PrivacyStrings;
