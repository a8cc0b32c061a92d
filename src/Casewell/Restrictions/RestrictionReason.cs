namespace Casewell.Restrictions;

/// <summary>Why a record is kept from everyone but its access list.</summary>
public enum RestrictionReason
{
    DomesticViolence,
    StaffMemberAsClient,
    RelativeOfStaffAsClient,
    HighProfilePerson,
    SealedByCourtOrder,
}
