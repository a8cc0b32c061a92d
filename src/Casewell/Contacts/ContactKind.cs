namespace Casewell.Contacts;

/// <summary>How the worker reached the client or the people around them.</summary>
public enum ContactKind
{
    HomeVisit,
    OfficeVisit,
    Phone,
    Video,
    Collateral,
    Court,
    Crisis,
    Other,
}
