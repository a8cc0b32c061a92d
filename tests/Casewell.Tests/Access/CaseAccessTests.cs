using Casewell.Access;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Access;

/// <summary>
/// The README's "Who sees a case", row by row, through the rules' own query expressions on a real database (SQLite
/// in memory): who reads a case, and who may change it (reading is not enough).
/// </summary>
public sealed class CaseAccessTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    public enum May { Nothing, Read, ReadAndChange }

    [Theory]
    // Its workers...
    [InlineData("its primary worker", May.ReadAndChange)]
    [InlineData("its secondary worker", May.ReadAndChange)]
    [InlineData("its former primary worker, after a transfer", May.Nothing)]
    [InlineData("its former primary worker, since deactivated", May.Nothing)]
    [InlineData("its primary worker, for a referral of its team waiting in the queue", May.Nothing)]
    // ...where the program allows it, their team...
    [InlineData("a worker of its team, where the program lets the team see cases", May.Read)]
    [InlineData("a worker of its team, where the program keeps cases to their workers", May.Nothing)]
    [InlineData("a worker of another team", May.Nothing)]
    [InlineData("a worker of another team, where the program lets the team see cases", May.Nothing)]
    [InlineData("the primary worker in the program that lets the team see cases", May.ReadAndChange)]
    // ...the team's supervisors...
    [InlineData("a supervisor of its team", May.ReadAndChange)]
    [InlineData("a supervisor of its team, for a referral waiting in the queue", May.ReadAndChange)]
    [InlineData("a supervisor of the team, in the program that lets the team see cases", May.ReadAndChange)]
    [InlineData("a supervisor of another team", May.Nothing)]
    [InlineData("a supervisor-role member of its team who does not supervise it", May.Nothing)]
    [InlineData("a supervisor-role member of its team who does not supervise it, where the program lets the team see cases", May.Read)]
    // ...and no one whose account is deactivated, whatever memberships it kept.
    [InlineData("a worker of its team, where the program lets the team see cases, since deactivated", May.Nothing)]
    [InlineData("a supervisor of its team, since deactivated", May.Nothing)]
    // ...the program's managers...
    [InlineData("a manager of its program", May.Read)]
    [InlineData("a manager of its program, where the program lets the team see cases", May.Read)]
    [InlineData("a manager of another program", May.Nothing)]
    // ...an intake worker the referral they made while it waits in the queue.
    [InlineData("the intake worker, for the referral they made while it waits in the queue", May.Read)]
    [InlineData("the intake worker, for the referral they made once it is assigned", May.Nothing)]
    [InlineData("another intake worker, for a referral waiting in the queue", May.Nothing)]
    // Administrators and auditors see no case content by their role.
    [InlineData("an administrator", May.Nothing)]
    [InlineData("an auditor", May.Nothing)]
    [InlineData("a partner", May.Nothing)]
    [InlineData("someone not signed in", May.Nothing)]
    public async Task Who_sees_a_case_and_who_may_change_it(string who, May expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, caseId) = world.Person(who);
        await using var db = world.Context(staff);
        var access = new CaseAccess(db, staff);

        var reads = await access.Readable(db.Cases).AnyAsync(c => c.Id == caseId, ct);
        var changes = await access.Editable(db.Cases).AnyAsync(c => c.Id == caseId, ct);

        Assert.Equal(expected, (reads, changes) switch
        {
            (true, true) => May.ReadAndChange,
            (true, false) => May.Read,
            (false, false) => May.Nothing,
            // A case one may change but not read would be a rule out of step with itself.
            (false, true) => throw new Xunit.Sdk.XunitException($"{who} may change the case without reading it."),
        });
    }

    [Theory]
    [InlineData("a supervisor of its team", true)]
    [InlineData("a supervisor of another team", false)]
    [InlineData("a supervisor-role member of its team who does not supervise it", false)]
    [InlineData("a supervisor of its team, since deactivated", false)]
    [InlineData("its primary worker", false)]
    [InlineData("a manager of its program", false)]
    public async Task Only_a_supervisor_of_the_cases_team_supervises_it(string who, bool supervises)
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, caseId) = world.Person(who);
        await using var db = world.Context(staff);
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, ct);

        Assert.Equal(supervises, await new CaseAccess(db, staff).SupervisesAsync(@case, ct));
    }

    [Theory]
    [InlineData("a supervisor of its team", "North")]
    [InlineData("a supervisor of another team", "South")]
    [InlineData("a manager of its program", "North South")]
    [InlineData("a manager of another program", "East")]
    [InlineData("its primary worker", "")]
    [InlineData("a supervisor of its team, since deactivated", "")]
    [InlineData("an administrator", "")]
    public async Task Supervisors_oversee_the_teams_they_lead_and_program_managers_their_programs_teams(string who, string teams)
    {
        var ct = TestContext.Current.CancellationToken;
        var (staff, _) = world.Person(who);
        await using var db = world.Context(staff);

        var overseen = await new CaseAccess(db, staff).OverseenTeams(db.Teams).Select(t => t.Name).OrderBy(n => n).ToListAsync(ct);

        Assert.Equal(teams, string.Join(' ', overseen));
    }
}
