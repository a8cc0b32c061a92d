namespace Casewell.Court;

/// <summary>
/// Where a hearing stands. A continued hearing is still to be held, on its new date; held and cancelled are final.
/// </summary>
public enum CourtHearingStatus
{
    Scheduled,
    Held,
    Continued,
    Cancelled,
}
