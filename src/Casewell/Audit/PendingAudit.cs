namespace Casewell.Audit;

/// <summary>An audit line waiting for the save that gives it its place in the chain.</summary>
public sealed record PendingAudit(
    DateTimeOffset OccurredAt,
    Guid ActorId,
    string ActorName,
    string Action,
    string EntityType,
    string? EntityId,
    Guid? ClientId,
    string? Details);
