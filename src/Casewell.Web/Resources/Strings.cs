namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text in Strings.resx (English now; other cultures add Strings.xx.resx).</summary>
public sealed class Strings;
