namespace Casewell.Cases;

/// <summary>
/// What someone may do with a case now, as the case says (<see cref="Case.StepsFor"/>): the transitions they may
/// take, whether a closure of theirs would wait for a supervisor's approval rather than close the case, and
/// whether they may assign its workers.
/// </summary>
public sealed record CaseSteps(IReadOnlyList<CaseTransition> AllowedTransitions, bool ClosureNeedsApproval, bool MayAssign);
