using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Identity;
using Casewell.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Access;

/// <summary>
/// A restricted client (and so their cases) through the rules' own query expressions: the access list lets its
/// members through the restriction, and only those who already reach the record by an ordinary relationship.
/// </summary>
public sealed class RestrictedRecordsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    // On the list and related to the case: through.
    [InlineData("its primary worker", true)]
    [InlineData("a supervisor of its team", true)]
    // Related to the case but not on the list: the case does not exist for them.
    [InlineData("its secondary worker", false)]
    [InlineData("a manager of its program", false)]
    // On the list without a relationship: the list does not grant the case.
    [InlineData("a worker of another team", false)]
    public async Task A_restricted_client_s_case_is_read_only_by_related_staff_on_the_access_list(string who, bool reads)
    {
        var ct = TestContext.Current.CancellationToken;
        await RestrictNorthClientAsync(ct);
        var (staff, _) = world.Person(who);
        await using var db = world.Context(staff);
        var access = new CaseAccess(db, staff);

        Assert.Equal(reads, await access.Readable(db.Cases).AnyAsync(c => c.Id == world.NorthCase, ct));
        Assert.Equal(reads && staff.Role != StaffRole.ProgramManager,
            await access.Editable(db.Cases).AnyAsync(c => c.Id == world.NorthCase, ct));
    }

    [Theory]
    [InlineData("its primary worker", true)]
    [InlineData("its secondary worker", false)]
    // On the list, but with no relationship to the client: the list lets through, it does not grant (decision 0018).
    [InlineData("a worker of another team", false)]
    [InlineData("the intake worker, for the referral they made while it waits in the queue", false)]
    public async Task A_restricted_client_is_in_no_client_list_but_for_the_access_list(string who, bool sees)
    {
        var ct = TestContext.Current.CancellationToken;
        await RestrictNorthClientAsync(ct);
        var (staff, _) = world.Person(who);
        await using var db = world.Context(staff);
        var access = new ClientAccess(staff, new CaseAccess(db, staff), db, TimeProvider.System);

        Assert.Equal(sees, await access.Readable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
        Assert.Equal(sees, await access.Editable(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
        Assert.False(!sees && await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
    }

    /// <summary>
    /// The seam for emergency grants: the restriction filters what the other rules let through, so a rule that opened
    /// every case (as a grant does one) still cannot open a restricted one.
    /// </summary>
    [Fact]
    public async Task Whatever_grants_a_case_the_restriction_still_keeps_it_from_those_not_on_the_list()
    {
        var ct = TestContext.Current.CancellationToken;
        await RestrictNorthClientAsync(ct);
        var (holder, _) = world.Person("a worker of another team, where the program lets the team see cases");
        await using var db = world.Context(holder);
        var restricted = new RestrictedRecords(db, holder);

        Assert.True(await db.Cases.AnyAsync(c => c.Id == world.NorthCase, ct));
        Assert.False(await restricted.Open(db.Cases).AnyAsync(c => c.Id == world.NorthCase, ct));
        Assert.False(await restricted.Open(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
        Assert.True(await restricted.HiddenFromActor(db.Clients).AnyAsync(c => c.Id == world.NorthClient, ct));
    }

    [Fact]
    public async Task A_lifted_restriction_hides_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, caseId) = world.Person("the primary worker in the program that lets the team see cases");
        await using (var setup = world.Context(Casewell.Access.CurrentStaff.System()))
        {
            var restriction = Restriction.OfCase(Guid.CreateVersion7(), caseId, RestrictionReason.HighProfilePerson, null, StaffRef.Casewell, Now);
            setup.Restrictions.Add(restriction);
            await setup.SaveChangesAsync(ct);
            await using var hidden = world.Context(staff);
            Assert.False(await new CaseAccess(hidden, staff).Readable(hidden.Cases).AnyAsync(c => c.Id == caseId, ct));
            Assert.True(restriction.Lift(StaffRef.Casewell, Now.AddHours(1)).Succeeded);
            await setup.SaveChangesAsync(ct);
        }
        await using var db = world.Context(staff);
        Assert.True(await new CaseAccess(db, staff).Readable(db.Cases).AnyAsync(c => c.Id == caseId, ct));
    }

    [Fact]
    public void A_lifted_restriction_takes_no_more_changes()
    {
        var restriction = Restriction.OfClient(Guid.CreateVersion7(), Guid.CreateVersion7(), RestrictionReason.DomesticViolence, null, StaffRef.Casewell, Now);
        Assert.True(restriction.Lift(StaffRef.Casewell, Now).Succeeded);

        Assert.Equal(ResultKind.Refused, restriction.Lift(StaffRef.Casewell, Now).Kind);
        Assert.Equal(ResultKind.Refused, restriction.Admit(Guid.CreateVersion7(), Guid.Empty, Now).Kind);
        Assert.Equal(ResultKind.Refused, restriction.Revise(RestrictionReason.SealedByCourtOrder, null).Kind);
    }

    [Fact]
    public void An_access_list_has_a_limit_and_admits_each_person_once()
    {
        var restriction = Restriction.OfClient(Guid.CreateVersion7(), Guid.CreateVersion7(), RestrictionReason.DomesticViolence, null, StaffRef.Casewell, Now);
        var someone = Guid.CreateVersion7();
        Assert.True(restriction.Admit(someone, Guid.Empty, Now).Succeeded);
        Assert.True(restriction.Admit(someone, Guid.Empty, Now).Succeeded);
        Assert.Single(restriction.AccessList);
        for (var i = 1; i < Restriction.MaxAccessListLength; i++) Assert.True(restriction.Admit(Guid.CreateVersion7(), Guid.Empty, Now).Succeeded);

        Assert.Equal(ResultKind.Refused, restriction.Admit(Guid.CreateVersion7(), Guid.Empty, Now).Kind);
    }

    private async Task RestrictNorthClientAsync(CancellationToken ct)
    {
        await using var db = world.Context(Casewell.Access.CurrentStaff.System());
        if (await db.Restrictions.AnyAsync(r => r.ClientId == world.NorthClient, ct)) return;
        var restriction = Restriction.OfClient(Guid.CreateVersion7(), world.NorthClient, RestrictionReason.DomesticViolence, null, StaffRef.Casewell, Now);
        foreach (var who in new[] { "its primary worker", "a supervisor of its team", "a worker of another team" })
            restriction.Admit(world.Person(who).Staff.Id, Guid.Empty, Now);
        db.Restrictions.Add(restriction);
        await db.SaveChangesAsync(ct);
    }
}
