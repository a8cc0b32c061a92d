using Casewell.Identity;

namespace Casewell.Tests.Identity;

public sealed class StaffActivationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static StaffUser Invited()
    {
        var user = new StaffUser(Guid.CreateVersion7(), "new@agency.example.org", "New Worker", StaffRole.CaseWorker, Now);
        Assert.True(user.IssueActivation(StaffActivation.Hash("token"), Now + StaffActivation.Lifetime));
        return user;
    }

    [Fact]
    public void An_invited_account_is_not_activated_until_its_owner_sets_a_password_and_then_only_once()
    {
        var user = Invited();
        Assert.False(user.IsActivated);

        Assert.True(user.Activate("hash-1", Now.AddHours(1)));
        Assert.True(user.IsActivated);
        Assert.Null(user.ActivationTokenHash);
        Assert.False(user.Activate("hash-2", Now.AddHours(2)));
        Assert.Equal("hash-1", user.PasswordHash);
        Assert.False(user.IssueActivation(StaffActivation.Hash("again"), Now + StaffActivation.Lifetime));
    }

    [Fact]
    public void An_activation_past_its_expiry_is_refused()
    {
        var user = Invited();

        Assert.False(user.Activate("hash", Now + StaffActivation.Lifetime));
        Assert.False(user.IsActivated);
    }

    [Fact]
    public void Tokens_are_random_and_only_their_hash_is_kept()
    {
        var token = StaffActivation.NewToken();

        Assert.NotEqual(token, StaffActivation.NewToken());
        Assert.Equal(48, token.Length);
        Assert.Equal(64, StaffActivation.Hash(token).Length);
        Assert.DoesNotContain(token, StaffActivation.Hash(token), StringComparison.Ordinal);
    }
}
