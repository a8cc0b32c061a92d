namespace Casewell.Tasks;

/// <summary>A task on the assignee's own list: what, by when, and on whose case.</summary>
public sealed record MyTask(Guid Id, string Title, CaseTaskKind Kind, DateOnly DueOn, Guid CaseId, string CaseNumber, string ClientName, int Version);
