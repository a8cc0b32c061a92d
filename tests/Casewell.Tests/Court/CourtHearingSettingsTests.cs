using Casewell.Court;

namespace Casewell.Tests.Court;

public sealed class CourtHearingSettingsTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void Preparation_falls_due_the_set_number_of_days_before_the_hearing()
    {
        Assert.Equal(new DateOnly(2026, 3, 23), new CourtHearingSettings().PreparationDue(new DateOnly(2026, 3, 30), Today));
        Assert.Equal(new DateOnly(2026, 3, 27), new CourtHearingSettings { PreparationDays = 3 }.PreparationDue(new DateOnly(2026, 3, 30), Today));
    }

    [Fact]
    public void A_hearing_sooner_than_that_gets_its_preparation_due_today_never_in_the_past()
    {
        Assert.Equal(Today, new CourtHearingSettings().PreparationDue(Today.AddDays(3), Today));
        Assert.Equal(Today, new CourtHearingSettings().PreparationDue(Today, Today));
        Assert.Equal(Today.AddDays(1), new CourtHearingSettings().PreparationDue(Today.AddDays(8), Today));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(60, true)]
    [InlineData(-1, false)]
    [InlineData(61, false)]
    public void The_setting_is_a_number_of_days_from_0_to_60(int days, bool accepted) =>
        Assert.Equal(accepted, new CourtHearingSettings { PreparationDays = days }.Problem() is null);
}
