namespace Casewell.Clients.Matching;

/// <summary>An identifier as matching sees it: its kind and keyed lookup hash, never the value itself.</summary>
public sealed record IdentifierHash(IdentifierKind Kind, string LookupHash);
