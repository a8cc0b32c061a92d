namespace Casewell.Audit;

/// <summary>What an entry's MAC covers besides the clients it showed (<see cref="AuditEncoding"/>).</summary>
public sealed record AuditEntryFields(
    Guid Id, DateTimeOffset OccurredAt, Guid ActorId, string ActorName, string Action, string EntityType,
    string? EntityId, Guid? ClientId, string? Details, string? Source);
