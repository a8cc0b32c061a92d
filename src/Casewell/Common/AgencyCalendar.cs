namespace Casewell.Common;

/// <summary>
/// "Today" where the agency is, not where the server is: a birth date entered at 9 pm in California is not in
/// the future because the server's clock says tomorrow in UTC.
/// </summary>
public sealed class AgencyCalendar(TimeProvider clock, TimeZoneInfo zone)
{
    public DateOnly Today() => DateOf(clock.GetUtcNow());

    /// <summary>The agency's calendar day on which an instant fell.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant (in UTC) of a wall-clock time at the agency on a date.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
