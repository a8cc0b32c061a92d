namespace Casewell.Clients;

/// <summary>An alias as a worker enters it.</summary>
public sealed record AliasInput(AliasKind Kind, string First, string? Middle, string Last);

/// <summary>An identifier in clear, as entered; it is encrypted before it is stored.</summary>
public sealed record IdentifierInput(IdentifierKind Kind, string Value);
