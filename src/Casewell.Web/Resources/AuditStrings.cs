namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of the auditor's view of the trail (its filters, and actions in words) in AuditStrings.resx.</summary>
public sealed class AuditStrings;
