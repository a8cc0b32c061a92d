namespace Casewell.Access;

/// <summary>Which list a read shows: each is its own action in the audit trail.</summary>
public enum ListRead
{
    /// <summary>A worker's caseload: the signed-in worker's own, or one a supervisor looks over.</summary>
    Caseload,

    /// <summary>The loads of a team's workers: counts, no client, but a read of the team's cases all the same.</summary>
    TeamCaseloads,

    /// <summary>A team's unassigned queue.</summary>
    Queue,
    ClientCases,
    DuplicateCandidates,
    Search,
    MyTasks,
    MyWork,
    ContactsDue,

    /// <summary>A client with the people of their household, as the form to open a case offers them.</summary>
    Household,

    /// <summary>The privacy officer's list of restricted records, naming their clients.</summary>
    Restrictions,
    /// <summary>Emergency grants (one's own, or the review queue): each names its client.</summary>
    EmergencyGrants,

    /// <summary>The court hearings of the next days on the signed-in worker's cases.</summary>
    MyHearings,

    /// <summary>Notes found by their words, in one case or across the reader's caseload.</summary>
    NoteSearch,
}
