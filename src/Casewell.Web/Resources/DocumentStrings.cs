namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of documents in DocumentStrings.resx.</summary>
public sealed class DocumentStrings;
