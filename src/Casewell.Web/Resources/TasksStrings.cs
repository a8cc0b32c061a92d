namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of tasks, contacts and My work in TasksStrings.resx.</summary>
public sealed class TasksStrings;
