using Casewell.Identity;

namespace Casewell.Tests.Identity;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly LockoutPolicy Policy = new() { MaxFailedAttempts = 3, FirstDelay = TimeSpan.FromSeconds(10), Duration = TimeSpan.FromSeconds(60) };

    [Fact]
    public void The_first_wrong_passwords_are_free()
    {
        var throttle = new SignInThrottle("WORKER@AGENCY.EXAMPLE.ORG");
        throttle.RecordFailure(Start, Policy);
        throttle.RecordFailure(Start, Policy);

        Assert.False(throttle.IsBlocked(Start));
    }

    [Fact]
    public void Each_wrong_password_beyond_them_doubles_the_wait_up_to_the_longest()
    {
        var throttle = new SignInThrottle("WORKER@AGENCY.EXAMPLE.ORG");
        var now = Start;
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            throttle.RecordFailure(now, Policy);
            if (throttle.BlockedUntil is { } until && until > now)
            {
                waits.Add(until - now);
                now = until;
            }
        }

        Assert.Equal([10, 20, 40, 60, 60], waits.Select(w => (int)w.TotalSeconds));
        Assert.False(throttle.IsBlocked(now));
    }

    [Fact]
    public void The_key_is_a_hash_of_the_address_never_the_address()
    {
        var throttle = new SignInThrottle("WORKER@AGENCY.EXAMPLE.ORG");

        Assert.Equal(SignInThrottle.KeyLength, throttle.Key.Length);
        Assert.DoesNotContain("WORKER", throttle.Key, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SignInThrottle.KeyFor("WORKER@AGENCY.EXAMPLE.ORG"), throttle.Key);
    }

    [Theory]
    [InlineData(0, 15, 300)]
    [InlineData(5, 0, 300)]
    [InlineData(5, 30, 10)]
    public void Lockout_settings_out_of_range_are_refused_at_start(int attempts, int firstDelaySeconds, int durationSeconds)
    {
        var policy = new LockoutPolicy { MaxFailedAttempts = attempts, FirstDelay = TimeSpan.FromSeconds(firstDelaySeconds), Duration = TimeSpan.FromSeconds(durationSeconds) };

        Assert.StartsWith("Security:Lockout:", policy.Problem(), StringComparison.Ordinal);
    }
}
