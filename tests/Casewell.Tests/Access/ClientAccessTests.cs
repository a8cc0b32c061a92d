using Casewell.Access;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Access;

/// <summary>
/// A client is reached through one's work (a case of theirs one may read, or one's own registration), never by role
/// alone: what an exact identifier search may answer.
/// </summary>
public sealed class ClientAccessTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Theory]
    [InlineData("its primary worker", true)]
    [InlineData("its secondary worker", true)]
    [InlineData("a supervisor of its team", true)]
    [InlineData("a manager of its program", true)]
    [InlineData("the intake worker, for the referral they made once it is assigned", true)]
    [InlineData("another intake worker, for a referral waiting in the queue", false)]
    [InlineData("a worker of its team, where the program keeps cases to their workers", false)]
    [InlineData("a worker of another team", false)]
    [InlineData("a supervisor of another team", false)]
    [InlineData("a manager of another program", false)]
    [InlineData("an administrator", false)]
    [InlineData("an auditor", false)]
    [InlineData("a partner", false)]
    public async Task A_client_is_reached_through_a_readable_case_or_ones_own_registration(string who, bool reaches)
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, _) = world.Person(who);
        await using var db = world.Context(staff);
        var access = new ClientAccess(staff, new CaseAccess(db, staff), db);

        Assert.Equal(reaches, await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
    }
}
