using Casewell.Audit;

namespace Casewell.Tests.Audit;

public class AuditHashTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, 123, TimeSpan.Zero);

    private static AuditEntry Entry(string action = "Client.Viewed", string previous = AuditHash.Genesis, long sequence = 1) =>
        new(sequence, new PendingAudit(At, Guid.Empty, "Ida", action, "Client", "42", null, null), previous);

    [Fact]
    public void The_same_entry_always_hashes_the_same() => Assert.Equal(Entry().Hash, AuditHash.Compute(Entry()));

    [Fact]
    public void Changing_the_action_the_link_or_the_position_changes_the_hash()
    {
        var original = Entry().Hash;
        Assert.NotEqual(original, Entry(action: "Client.Updated").Hash);
        Assert.NotEqual(original, Entry(previous: new string('1', 64)).Hash);
        Assert.NotEqual(original, Entry(sequence: 2).Hash);
    }

    [Fact]
    public void Instants_are_kept_to_the_millisecond_so_both_databases_store_them_exactly()
    {
        var entry = new AuditEntry(1, new PendingAudit(At.AddTicks(4567), Guid.Empty, "Ida", "x", "y", null, null, null), AuditHash.Genesis);
        Assert.Equal(At, entry.OccurredAt);
    }
}
