using Casewell.Identity;

namespace Casewell.Tests.Identity;

public sealed class StaffSessionTests
{
    private static readonly DateTimeOffset SignedInAt = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly SessionPolicy Policy = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(12));

    private static StaffSession NewSession(string? address = "192.0.2.1", string? userAgent = "Firefox") =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), SignedInAt, address, userAgent);

    [Fact]
    public void A_fresh_session_may_be_used()
    {
        Assert.Null(NewSession().RefusalAt(SignedInAt.AddMinutes(14), Policy));
    }

    [Fact]
    public void A_session_idle_for_the_timeout_is_refused()
    {
        Assert.Equal(SessionEndReason.IdleTimeout, NewSession().RefusalAt(SignedInAt.AddMinutes(15), Policy));
    }

    [Fact]
    public void A_session_past_its_absolute_limit_is_refused_even_when_recently_seen()
    {
        var session = NewSession();
        var policy = new SessionPolicy(TimeSpan.FromHours(12), TimeSpan.FromHours(12));

        Assert.Equal(SessionEndReason.AbsoluteLimit, session.RefusalAt(SignedInAt.AddHours(12), policy));
    }

    [Fact]
    public void An_ended_session_stays_ended_with_its_first_reason()
    {
        var session = NewSession();
        session.End(SignedInAt.AddMinutes(1), SessionEndReason.SignedOut);
        session.End(SignedInAt.AddMinutes(2), SessionEndReason.AccountChanged);

        Assert.Equal(SessionEndReason.SignedOut, session.RefusalAt(SignedInAt.AddMinutes(3), Policy));
        Assert.Equal(SignedInAt.AddMinutes(1), session.EndedAt);
    }

    [Fact]
    public void Last_seen_is_written_again_only_after_a_minute()
    {
        var session = NewSession();

        Assert.False(session.NeedsLastSeenUpdate(SignedInAt.AddSeconds(59)));
        Assert.True(session.NeedsLastSeenUpdate(SignedInAt.AddSeconds(60)));
    }

    [Fact]
    public void The_address_and_user_agent_are_kept_short_and_free_of_control_characters()
    {
        var session = NewSession(new string('1', 60), "Agent\u0000" + new string('x', 300));

        Assert.Equal(StaffSession.MaxAddressLength, session.Address!.Length);
        Assert.Equal(StaffSession.MaxUserAgentLength, session.UserAgent!.Length);
        Assert.StartsWith("Agent x", session.UserAgent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, 0)]
    [InlineData(15, 200)]
    [InlineData(120, 1)]
    [InlineData(0, 12)]
    public void Session_limits_out_of_range_are_refused_at_start(int idleMinutes, int absoluteHours)
    {
        Assert.Throws<InvalidOperationException>(() => new SessionPolicy(TimeSpan.FromMinutes(idleMinutes), TimeSpan.FromHours(absoluteHours)));
    }
}
