namespace Casewell.Tasks;

/// <summary>A task as lists and its own page show it; Version is what a change must send back.</summary>
public sealed record TaskView(
    Guid Id,
    Guid CaseId,
    string Title,
    string? Details,
    CaseTaskKind Kind,
    DateOnly DueOn,
    CaseTaskStatus Status,
    Guid AssignedToId,
    string AssignedToName,
    bool Overdue,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    string? ResolutionNote,
    int Version);
