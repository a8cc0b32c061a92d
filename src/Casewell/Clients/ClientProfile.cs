using Casewell.Collaterals;
using Casewell.Households;

namespace Casewell.Clients;

public sealed record ClientProfile(
    Guid Id,
    int Version,
    ClientDetails Details,
    string DisplayName,
    IReadOnlyList<AliasView> Aliases,
    IReadOnlyList<IdentifierView> Identifiers,
    IReadOnlyList<RelationshipView> Household,
    IReadOnlyList<CollateralView> Collaterals,
    IReadOnlyList<ChangeView> RecentChanges,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record AliasView(Guid Id, AliasKind Kind, string Name);

public sealed record IdentifierView(Guid Id, IdentifierKind Kind, string Masked);

/// <summary>A relationship as seen from this client: <see cref="Type"/> is what the other person is to them.</summary>
public sealed record RelationshipView(Guid Id, RelationshipType Type, Guid? RelatedClientId, string Name, string? Phone, bool LivesInHousehold, bool IsEmergencyContact, string? Notes, int Version);

public sealed record CollateralView(Guid Id, string Name, CollateralRole Role, string? Organization, string? Phone, string? Email, string? Notes, int Version);

public sealed record ChangeView(DateTimeOffset ChangedAt, string ChangedBy, string Field, string? OldValue, string? NewValue);
