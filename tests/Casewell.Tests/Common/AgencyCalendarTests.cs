using Casewell.Common;

namespace Casewell.Tests.Common;

public class AgencyCalendarTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void A_late_evening_in_New_York_is_still_that_day_though_it_is_tomorrow_in_UTC()
    {
        var evening = new DateTimeOffset(2026, 3, 2, 2, 30, 0, TimeSpan.Zero); // 9:30 pm on March 1st in New York
        var calendar = new AgencyCalendar(new At(evening), NewYork);

        Assert.Equal(new DateOnly(2026, 3, 1), calendar.Today());
        Assert.Equal(new DateOnly(2026, 3, 1), calendar.DateOf(evening));
    }

    [Fact]
    public void A_wall_clock_time_at_the_agency_becomes_its_instant_in_UTC_across_daylight_saving()
    {
        var calendar = new AgencyCalendar(TimeProvider.System, NewYork);

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 14, 0, 0, TimeSpan.Zero), calendar.At(new DateOnly(2026, 1, 15), new TimeOnly(9, 0)));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 13, 0, 0, TimeSpan.Zero), calendar.At(new DateOnly(2026, 7, 15), new TimeOnly(9, 0)));
    }
}
