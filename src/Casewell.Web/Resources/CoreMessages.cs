namespace Casewell.Web.Resources;

/// <summary>
/// Marker type for CoreMessages.resx: the wording of the core's <see cref="Casewell.Common.Message"/> codes (key =
/// code, value = a composite format string with a placeholder per argument). Other cultures add CoreMessages.xx.resx.
/// </summary>
public sealed class CoreMessages;
