namespace Casewell.Access;

/// <summary>A row of a list that does not carry its client's id itself, with that id, so the list's audit entry can name them.</summary>
public sealed record ClientRow<T>(Guid ClientId, T Row);
