using Casewell.Common;

namespace Casewell.Restrictions;

/// <summary>What restricting a record says, as codes the web words.</summary>
public static class RestrictionMessages
{
    public const string ChooseReason = "Restriction.ChooseReason";
    public const string Note = "Restriction.Note";
    public const string Lifted = "Restriction.Lifted";
    [MessageArgs("max")] public const string AccessListFull = "Restriction.AccessListFull";
    public const string NoSuchStaff = "Restriction.NoSuchStaff";
    public const string NotRestricted = "Restriction.NotRestricted";
    public const string MayNotRestrict = "Restriction.MayNotRestrict";

    /// <summary>At intake: all a registrar learns of a restricted client who may be the person in front of them.</summary>
    public const string PossibleMatchRestricted = "Restriction.PossibleMatchRestricted";
}
