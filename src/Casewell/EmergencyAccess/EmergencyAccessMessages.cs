using Casewell.Common;

namespace Casewell.EmergencyAccess;

/// <summary>What breaking the glass and reviewing it say, as codes the web words.</summary>
public static class EmergencyAccessMessages
{
    public const string RequiredReason = "EmergencyAccess.RequiredReason";
    public const string Reason = "EmergencyAccess.Reason";
    [MessageArgs("min")] public const string ReasonTooShort = "EmergencyAccess.ReasonTooShort";
    public const string RequiredNote = "EmergencyAccess.RequiredNote";
    public const string Note = "EmergencyAccess.Note";
    [MessageArgs("max")] public const string TooManyActive = "EmergencyAccess.TooManyActive";
    public const string NotNeeded = "EmergencyAccess.NotNeeded";
    public const string OwnGrant = "EmergencyAccess.OwnGrant";
    [MessageArgs("reviewer")] public const string AlreadyReviewed = "EmergencyAccess.AlreadyReviewed";
    public const string ReviewedMeanwhile = "EmergencyAccess.ReviewedMeanwhile";
}
