using Casewell.Common;

namespace Casewell.Households;

/// <summary>
/// A person in the client's life: another client of the agency, or someone who is not (a grandmother, a
/// neighbour). Read from either side: for the related client, the inverse type applies.
/// </summary>
public sealed class Relationship : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxPhoneLength = 30;
    public const int MaxNotesLength = 1000;

    private Relationship() { }

    public Relationship(Guid id, Guid clientId, RelationshipType type, Guid? relatedClientId, string? relatedPersonName,
        string? relatedPersonPhone, bool livesInHousehold, bool isEmergencyContact, string? notes, DateTimeOffset createdAt)
    {
        Id = id;
        ClientId = clientId;
        Type = type;
        RelatedClientId = relatedClientId;
        RelatedPersonName = relatedClientId is null ? relatedPersonName?.Trim() : null;
        RelatedPersonPhone = relatedClientId is null ? relatedPersonPhone?.Trim() : null;
        LivesInHousehold = livesInHousehold;
        IsEmergencyContact = isEmergencyContact;
        Notes = notes?.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public RelationshipType Type { get; private set; }
    public Guid? RelatedClientId { get; private set; }
    public string? RelatedPersonName { get; private set; }
    public string? RelatedPersonPhone { get; private set; }
    public bool LivesInHousehold { get; private set; }
    public bool IsEmergencyContact { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public int Version { get; set; }

    public bool IsCurrent => EndedAt is null;

    /// <summary>Relationships end rather than vanish: who lived in the home last year matters to an investigation.</summary>
    public void End(DateTimeOffset now) => EndedAt ??= now;

    public static RelationshipType Inverse(RelationshipType type) => type switch
    {
        RelationshipType.Parent => RelationshipType.Child,
        RelationshipType.Child => RelationshipType.Parent,
        RelationshipType.Grandparent => RelationshipType.Grandchild,
        RelationshipType.Grandchild => RelationshipType.Grandparent,
        RelationshipType.AuntOrUncle => RelationshipType.NieceOrNephew,
        RelationshipType.NieceOrNephew => RelationshipType.AuntOrUncle,
        RelationshipType.LegalGuardian => RelationshipType.Ward,
        RelationshipType.Ward => RelationshipType.LegalGuardian,
        RelationshipType.FosterParent => RelationshipType.FosterChild,
        RelationshipType.FosterChild => RelationshipType.FosterParent,
        RelationshipType.StepParent => RelationshipType.StepChild,
        RelationshipType.StepChild => RelationshipType.StepParent,
        _ => type,
    };
}
