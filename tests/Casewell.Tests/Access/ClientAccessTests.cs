using Casewell.Access;
using Casewell.Cases;
using Casewell.EmergencyAccess;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Access;

/// <summary>
/// A client's record is reached through a relationship (a case of theirs one may read, one's own registration until a
/// case is assigned, an emergency grant), never by role alone; those who register clients still find everyone.
/// </summary>
public sealed class ClientAccessTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("its primary worker", true)]
    [InlineData("its secondary worker", true)]
    [InlineData("a supervisor of its team", true)]
    [InlineData("a manager of its program", true)]
    [InlineData("the intake worker, for the referral they made once it is assigned", false)]
    [InlineData("another intake worker, for a referral waiting in the queue", false)]
    [InlineData("a worker of its team, where the program keeps cases to their workers", false)]
    [InlineData("a worker of another team", false)]
    [InlineData("a supervisor of another team", false)]
    [InlineData("a manager of another program", false)]
    [InlineData("its former primary worker, since deactivated", false)]
    [InlineData("an administrator", false)]
    [InlineData("an auditor", false)]
    [InlineData("a partner", false)]
    public async Task A_clients_record_is_read_through_a_case_one_may_read(string who, bool reads)
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, _) = world.Person(who);
        await using var db = world.Context(staff);

        Assert.Equal(reads, await Access(db, staff, Now).Readable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
    }

    [Theory]
    [InlineData("the intake worker, for the referral they made once it is assigned", true)]
    [InlineData("a worker of another team", true)]
    [InlineData("a supervisor of another team", true)]
    [InlineData("a manager of another program", false)]
    [InlineData("an auditor", false)]
    [InlineData("a partner", false)]
    public async Task Those_who_register_clients_find_everyone_but_others_only_whom_they_read(string who, bool finds)
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, _) = world.Person(who);
        await using var db = world.Context(staff);

        Assert.Equal(finds, await Access(db, staff, Now).Recognisable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
    }

    [Fact]
    public async Task A_family_case_opens_each_of_its_members_to_those_who_read_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var (worker, _) = world.Person("its primary worker");
        var member = await world.AddClientAsync("Luis", createdBy: world.Person("the intake worker, for the referral they made once it is assigned").Staff.Id, familyMember: true);
        await using var db = world.Context(worker);

        Assert.True(await Access(db, worker, Now).Readable(db.Clients).AnyAsync(c => c.Id == member, ct));
    }

    [Fact]
    public async Task The_registrant_reads_the_client_until_a_case_of_theirs_is_assigned()
    {
        var ct = TestContext.Current.CancellationToken;
        var (registrant, _) = world.Person("another intake worker, for a referral waiting in the queue");
        var registered = await world.AddClientAsync("Mara", createdBy: registrant.Id);
        var assigned = await world.AddClientAsync("Nina", createdBy: registrant.Id, assignedCase: true);
        await using var db = world.Context(registrant);
        var access = Access(db, registrant, Now);

        Assert.True(await access.Readable(db.Clients).AnyAsync(c => c.Id == registered, ct));
        Assert.False(await access.Readable(db.Clients).AnyAsync(c => c.Id == assigned, ct));
    }

    [Fact]
    public async Task An_emergency_grant_opens_the_record_until_it_expires_and_only_for_its_holder()
    {
        var ct = TestContext.Current.CancellationToken;
        var (holder, _) = world.Person("its former primary worker, after a transfer");
        var (peer, _) = world.Person("a worker of another team");
        var grant = EmergencyGrant.Open(Guid.CreateVersion7(), new StaffRef(holder.Id, holder.Name), world.NorthClient,
            "Client in crisis at the front desk", 0, Now, TimeSpan.FromMinutes(60)).Value!;
        await using (var setup = world.Context(holder))
        {
            setup.EmergencyGrants.Add(grant);
            await setup.SaveChangesAsync(ct);
        }
        await using var db = world.Context(holder);

        Assert.True(await Access(db, holder, Now.AddMinutes(59)).Readable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
        Assert.False(await Access(db, holder, Now.AddMinutes(60)).Readable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
        // Never a relationship: an exact identifier search and a change do not follow the grant.
        Assert.False(await Access(db, holder, Now).ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
        Assert.False(await Access(db, peer, Now).Readable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
    }

    private static ClientAccess Access(Casewell.Data.CasewellDbContext db, CurrentStaff staff, DateTimeOffset now) =>
        new(staff, new CaseAccess(db, staff), db, new FixedClock(now));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
