namespace Casewell.Court;

/// <summary>
/// The period a report to a hearing covers when the worker leaves it to Casewell: what happened since the court last
/// heard the case (or since the case began), up to the hearing or to today, whichever comes first, since a report says
/// only what has happened. The worker may still set either end.
/// </summary>
public static class CourtReportPeriod
{
    public static (DateOnly From, DateOnly To) ForHearing(DateOnly hearingOn, DateOnly? lastHeldOn, DateOnly caseBeganOn, DateOnly today)
    {
        var to = hearingOn < today ? hearingOn : today;
        return (lastHeldOn ?? caseBeganOn, to);
    }
}
