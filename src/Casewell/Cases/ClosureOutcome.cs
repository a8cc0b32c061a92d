namespace Casewell.Cases;

/// <summary>How a case ended, as program reports count it.</summary>
public enum ClosureOutcome
{
    GoalsMet,
    GoalsPartiallyMet,
    ClientDeclined,
    ClientMoved,
    TransferredToAnotherAgency,
    ReferredElsewhere,
    UnableToLocate,
    NoLongerEligible,
    ScreenedOut,
    Deceased,
    Other,
}
