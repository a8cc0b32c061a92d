using Casewell.Common;

namespace Casewell.Court;

/// <summary>What court hearings say, as codes the web words.</summary>
public static class CourtHearingMessages
{
    public const string RequiredStartsAt = "CourtHearing.RequiredStartsAt";
    public const string StartsInPast = "CourtHearing.StartsInPast";
    [MessageArgs("years")] public const string StartsTooFar = "CourtHearing.StartsTooFar";
    public const string SameStart = "CourtHearing.SameStart";
    public const string ChooseType = "CourtHearing.ChooseType";
    public const string RequiredCourt = "CourtHearing.RequiredCourt";
    public const string Court = "CourtHearing.Court";
    public const string Judge = "CourtHearing.Judge";
    [MessageArgs("max")] public const string TooManyParties = "CourtHearing.TooManyParties";
    public const string RequiredPartyName = "CourtHearing.RequiredPartyName";
    public const string PartyName = "CourtHearing.PartyName";
    public const string RequiredPartyRole = "CourtHearing.RequiredPartyRole";
    public const string PartyRole = "CourtHearing.PartyRole";
    public const string RequiredOutcome = "CourtHearing.RequiredOutcome";
    public const string Outcome = "CourtHearing.Outcome";
    public const string RequiredReason = "CourtHearing.RequiredReason";
    public const string Reason = "CourtHearing.Reason";
    public const string NotYetHeld = "CourtHearing.NotYetHeld";
    [MessageArgs("status")] public const string AlreadyFinal = "CourtHearing.AlreadyFinal";
    public const string ClosedCase = "CourtHearing.ClosedCase";
    public const string ReadOnlyCase = "CourtHearing.ReadOnlyCase";
    [MessageArgs("status")] public const string Changed = "CourtHearing.Changed";
    public const string ChooseUpcomingOrPast = "CourtHearing.ChooseUpcomingOrPast";
    public const string StatusScheduled = "CourtHearing.StatusScheduled";
    public const string StatusHeld = "CourtHearing.StatusHeld";
    public const string StatusContinued = "CourtHearing.StatusContinued";
    public const string StatusCancelled = "CourtHearing.StatusCancelled";

    /// <summary>A hearing's status as the middle of a sentence words it ("held", "cancelled").</summary>
    public static Message Status(CourtHearingStatus status) => new(status switch
    {
        CourtHearingStatus.Scheduled => StatusScheduled,
        CourtHearingStatus.Held => StatusHeld,
        CourtHearingStatus.Continued => StatusContinued,
        _ => StatusCancelled,
    });
}
