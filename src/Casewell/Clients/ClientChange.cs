namespace Casewell.Clients;

/// <summary>
/// One field of a client's profile changed: the history workers and auditors read to see what a record said
/// before. Identifier values appear masked, never in clear.
/// </summary>
public sealed class ClientChange
{
    public const int MaxValueLength = 1000;

    private ClientChange() { }

    public ClientChange(Guid id, Guid clientId, DateTimeOffset changedAt, Guid changedById, string changedByName, string field, string? oldValue, string? newValue)
    {
        Id = id;
        ClientId = clientId;
        ChangedAt = changedAt;
        ChangedById = changedById;
        ChangedByName = changedByName;
        Field = field;
        OldValue = Truncate(oldValue);
        NewValue = Truncate(newValue);
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public Guid ChangedById { get; private set; }
    public string ChangedByName { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }

    private static string? Truncate(string? value) => value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}
