namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of consents, disclosures and their accounting in ConsentStrings.resx.</summary>
public sealed class ConsentStrings;
