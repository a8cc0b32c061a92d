namespace Casewell.Identity;

/// <summary>
/// The one-time secret printed on first start. Only its hash is stored, in the database rather than in memory,
/// so any instance behind a load balancer can honour it and a restart does not strand the operator.
/// </summary>
public sealed class SetupToken
{
    private SetupToken() { }

    public SetupToken(Guid id, string tokenHash, DateTimeOffset createdAt)
    {
        Id = id;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;
}
