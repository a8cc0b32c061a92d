using Casewell.Common;

namespace Casewell.Access;

/// <summary>Why a handler refused an actor whose role lacks the ability it needs (403).</summary>
public static class AccessMessages
{
    public const string MayNotManageStaff = "Access.MayNotManageStaff";
    public const string MayNotManageOrganization = "Access.MayNotManageOrganization";
    public const string MayNotReadOrganization = "Access.MayNotReadOrganization";
    public const string MayNotReadAuditTrail = "Access.MayNotReadAuditTrail";
    public const string MayNotDoThis = "Access.MayNotDoThis";

    /// <summary>An emergency grant reads the record on screen; it does not hand out its files (<see cref="ConsentReads"/>).</summary>
    public const string NoFilesThroughEmergencyGrant = "Access.NoFilesThroughEmergencyGrant";

    public static Message Lacking(Ability ability) => new(ability switch
    {
        Ability.ManageStaff => MayNotManageStaff,
        Ability.ManageOrganization => MayNotManageOrganization,
        Ability.ReadOrganization => MayNotReadOrganization,
        Ability.ReadAuditTrail => MayNotReadAuditTrail,
        _ => MayNotDoThis,
    });
}
