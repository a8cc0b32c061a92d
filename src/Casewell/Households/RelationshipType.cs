namespace Casewell.Households;

/// <summary>How a related person stands to the client: "the related person is the client's ___".</summary>
public enum RelationshipType
{
    Parent,
    Child,
    Sibling,
    SpouseOrPartner,
    Grandparent,
    Grandchild,
    AuntOrUncle,
    NieceOrNephew,
    Cousin,
    LegalGuardian,
    Ward,
    FosterParent,
    FosterChild,
    StepParent,
    StepChild,
    OtherRelative,
    Friend,
    Neighbor,
    Roommate,
    Other,
}
