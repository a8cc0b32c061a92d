namespace Casewell.Web.Tests;

/// <summary>
/// A clock a test sets and moves. Microsoft.Extensions.TimeProvider.Testing has no 10.0.x release on the
/// package mirror here, and the use cases need only the current instant.
/// </summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
