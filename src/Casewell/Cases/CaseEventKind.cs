namespace Casewell.Cases;

/// <summary>The kinds of entry on a case's timeline; later features (notes, assessments, plans, referrals) add theirs.</summary>
public enum CaseEventKind
{
    Opened,
    StatusChanged,
    ClosureRequested,
    ClosureApproved,
    ClosureRejected,
    Closed,
    Reopened,
    Assigned,
    Transferred,
    Unassigned,
    TaskCreated,
    TaskCompleted,
    TaskCancelled,
    TaskOverdue,
    ContactRecorded,
    ContactOverdue,
    TaskReassigned,
    TaskRescheduled,
    MovedToTeam,
    NoteSigned,
    NoteAddendumAdded,
    HearingScheduled,
    HearingHeld,
    HearingContinued,
    HearingCancelled,
}
