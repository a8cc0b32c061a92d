using Casewell.Cases;
using Casewell.Contacts;

namespace Casewell.Demo;

/// <summary>What workers write on the cases of the demo agency: short, plain, and invented.</summary>
internal static class DemoCaseVocabulary
{
    public static readonly IReadOnlyDictionary<ContactKind, string[]> ContactSummaries = new Dictionary<ContactKind, string[]>
    {
        [ContactKind.HomeVisit] = ["Home visit: home clean and safe, food in the house", "Home visit: reviewed the plan with the family",
            "Home visit: client in good spirits, no new concerns", "Home visit: discussed upcoming appointments"],
        [ContactKind.OfficeVisit] = ["Office visit: reviewed progress on goals", "Office visit: completed paperwork together",
            "Office visit: client brought documents for the application"],
        [ContactKind.Phone] = ["Phone call: checked in, no new concerns", "Phone call: reminded client of appointment",
            "Phone call: client reports things are going better", "Phone call: left a message, client called back"],
        [ContactKind.Video] = ["Video call: reviewed the week", "Video call: client shared updates on treatment"],
        [ContactKind.Collateral] = ["Spoke with the client's therapist about attendance", "Call with the school counselor",
            "Coordinated with the primary care office", "Spoke with the landlord about the repair plan", "Call with the probation officer"],
        [ContactKind.Court] = ["Attended the review hearing", "Court hearing continued to next month"],
        [ContactKind.Crisis] = ["Crisis call: safety plan reviewed, client agreed to follow-up", "Crisis visit after a call from a family member"],
        [ContactKind.Other] = ["Met client at the benefits office"],
    };

    public static readonly string[] TransferReasons =
    [
        "Caseload balancing", "Worker moved to another unit", "Language match with a Spanish-speaking worker",
        "Worker on extended leave", "Client asked for a different worker", "Conflict of interest",
    ];

    public static readonly string[] HoldReasons =
    [
        "Client in inpatient treatment", "Client temporarily out of state", "Waiting for the court's decision",
        "Client in hospital", "Family asked for a pause while they move",
    ];

    public static readonly string[] ResumeReasons = ["Client back home", "Court decision received", "Client discharged", "Family settled in the new home"];

    public static readonly string[] ReopenReasons =
    [
        "New report received about the same family", "Client asked for help again", "Readmitted to hospital",
        "Court ordered further services", "Needs returned after the move",
    ];

    public static readonly string[] RejectionReasons =
    [
        "Review the plan goals with the client before closing", "Closing summary is missing the referral outcomes",
        "Confirm the client's new provider first",
    ];

    public static readonly string[] ScreenedOutReasons =
    [
        "Does not meet the criteria for services", "Report does not allege abuse or neglect", "Already served by another agency",
        "Duplicate of an open referral",
    ];

    public static readonly string[] TaskNotes = ["Done", "Done; copy in the file", "Completed with the client", "Sent", "Confirmed by phone"];

    public static readonly string[] CancelNotes = ["No longer needed", "Covered by another task", "Client declined"];

    public const string ReturnedToQueueReason = "Worker on extended leave; back to the queue for reassignment";

    public static string ClosureReason(ClosureOutcome outcome) => outcome switch
    {
        ClosureOutcome.GoalsMet => "Service plan goals met; client stable",
        ClosureOutcome.GoalsPartiallyMet => "Most goals met; remaining needs referred to community supports",
        ClosureOutcome.ClientDeclined => "Client declined further services",
        ClosureOutcome.ClientMoved => "Client moved out of the county",
        ClosureOutcome.TransferredToAnotherAgency => "Case transferred to the neighboring county's agency",
        ClosureOutcome.ReferredElsewhere => "Referred to a provider better suited to the client's needs",
        ClosureOutcome.UnableToLocate => "Unable to locate the client after repeated attempts",
        ClosureOutcome.NoLongerEligible => "Client no longer eligible for the program",
        ClosureOutcome.ScreenedOut => "Screened out at intake",
        ClosureOutcome.Deceased => "Client passed away",
        _ => "Closed for other reasons; see the closing summary",
    };
}
