using Casewell.Cases;
using Casewell.Common;
using Casewell.EmergencyAccess;

namespace Casewell.Tests.EmergencyAccess;

public sealed class EmergencyGrantTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly StaffRef Holder = new(Guid.CreateVersion7(), "Dana Worker");

    private static Result<EmergencyGrant> Open(string? reason, int activeHeld = 0) =>
        EmergencyGrant.Open(Guid.CreateVersion7(), Holder, Guid.CreateVersion7(), reason, activeHeld, Now, TimeSpan.FromMinutes(60));

    [Fact]
    public void A_grant_is_open_for_its_duration_and_not_a_moment_longer()
    {
        var grant = Open("Client arrived in crisis, no worker on site").Value!;

        Assert.Equal(Now.AddMinutes(60), grant.ExpiresAt);
        Assert.True(grant.IsActiveAt(Now.AddMinutes(59)));
        Assert.False(grant.IsActiveAt(Now.AddMinutes(60)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("urgent")]
    [InlineData("crisis\0 at the desk")]
    public void A_grant_without_a_real_reason_is_refused_at_the_field(string? reason)
    {
        var result = Open(reason);

        Assert.Equal(ResultKind.Invalid, result.Kind);
        Assert.Contains("Reason", result.Errors.Keys);
    }

    [Fact]
    public void A_reason_longer_than_1000_characters_is_refused()
    {
        Assert.Equal(ResultKind.Invalid, Open(new string('a', EmergencyGrant.MaxReasonLength + 1)).Kind);
        Assert.True(Open(new string('a', EmergencyGrant.MaxReasonLength)).Succeeded);
    }

    [Fact]
    public void A_fourth_active_grant_is_refused()
    {
        Assert.True(Open("Client arrived in crisis", activeHeld: 2).Succeeded);
        var fourth = Open("Client arrived in crisis", activeHeld: 3);
        Assert.Equal(ResultKind.Refused, fourth.Kind);
        Assert.Equal(EmergencyAccessMessages.TooManyActive, fourth.Detail!.Code);
    }

    [Fact]
    public void A_grant_is_reviewed_once_with_a_note_and_never_by_its_holder()
    {
        var grant = Open("Client arrived in crisis").Value!;
        var supervisor = new StaffRef(Guid.CreateVersion7(), "Sam Supervisor");

        Assert.Equal(ResultKind.Forbidden, grant.Review(Holder, "Looks fine to me", Now).Kind);
        Assert.Equal(ResultKind.Invalid, grant.Review(supervisor, " ", Now).Kind);
        Assert.True(grant.Review(supervisor, "Spoke with Dana; justified", Now).Succeeded);
        Assert.Equal(ResultKind.Refused, grant.Review(new StaffRef(Guid.CreateVersion7(), "Ann Auditor"), "Again", Now).Kind);
        Assert.Equal("Sam Supervisor", grant.ReviewedByName);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(60, true)]
    [InlineData(480, true)]
    [InlineData(481, false)]
    public void The_duration_setting_is_checked_at_start(int minutes, bool starts) =>
        Assert.Equal(starts, new EmergencyAccessSettings { EmergencyAccessMinutes = minutes }.Problem() is null);
}
