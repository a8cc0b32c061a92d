namespace Casewell.Cases;

/// <summary>A step along a case's lifecycle (see <see cref="Case.StepsFor"/> for who may take which, when).</summary>
public enum CaseTransition
{
    Open,
    PutOnHold,
    Resume,
    Close,
    ApproveClosure,
    RejectClosure,
    Reopen,
}
