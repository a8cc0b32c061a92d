namespace Casewell.Web.Resources;

/// <summary>Marker type for the sign-in page's words in SignInStrings.resx that are not in Strings.resx.</summary>
public sealed class SignInStrings;
