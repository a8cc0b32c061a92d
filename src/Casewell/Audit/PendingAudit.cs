namespace Casewell.Audit;

/// <summary>
/// An audit line waiting for the save that writes it; <see cref="ShownClients"/> are the clients a list showed,
/// <see cref="Source"/> where the action came from (<see cref="AuditSource"/>).
/// </summary>
public sealed record PendingAudit(
    DateTimeOffset OccurredAt,
    Guid ActorId,
    string ActorName,
    string Action,
    string EntityType,
    string? EntityId,
    Guid? ClientId,
    string? Details)
{
    public IReadOnlyList<Guid> ShownClients { get; init; } = [];

    public string? Source { get; init; }
}
