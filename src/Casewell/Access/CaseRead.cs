namespace Casewell.Access;

/// <summary>Which part of a case a read shows: each is its own action in the audit trail.</summary>
public enum CaseRead
{
    /// <summary>The case page: the case itself, its workers and status.</summary>
    Case,
    Timeline,
    Tasks,
    Contacts,

    /// <summary>A case's notes: the signed ones and the reader's own drafts.</summary>
    Notes,
    Hearings,
}
