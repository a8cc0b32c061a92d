using Casewell.Demo;
using Casewell.Identity;

namespace Casewell.Tests.Demo;

public class DemoStaffingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static DemoAgency Staff(int headCount)
    {
        var random = new DemoRandom(42);
        return new DemoStaffing(random, new DemoPeople(random, DateOnly.FromDateTime(Now.Date)), Now).Build(headCount);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(500)]
    [InlineData(5_000)]
    public void The_head_count_comes_out_exact_with_unique_email_addresses(int headCount)
    {
        var agency = Staff(headCount);

        Assert.Equal(headCount, agency.Staff.Count);
        Assert.Equal(headCount, agency.Staff.Select(s => s.NormalizedEmail).Distinct(StringComparer.Ordinal).Count());
        Assert.All(agency.Staff, s => Assert.True(StaffValidation.IsEmail(s.Email), s.Email));
    }

    [Fact]
    public void Every_team_has_one_supervisor_and_its_case_workers_and_belongs_to_a_program()
    {
        var agency = Staff(500);
        var roles = agency.Staff.ToDictionary(s => s.Id, s => s.Role);

        Assert.Equal(51, agency.Teams.Count);
        foreach (var team in agency.Teams)
        {
            var supervisor = Assert.Single(team.Members, m => m.IsSupervisor);
            Assert.Equal(StaffRole.Supervisor, roles[supervisor.StaffId]);
            Assert.InRange(team.Members.Count(m => !m.IsSupervisor), DemoScale.WorkersPerTeam, DemoScale.WorkersPerTeam + 1);
            Assert.All(team.Members.Where(m => !m.IsSupervisor), m => Assert.Equal(StaffRole.CaseWorker, roles[m.StaffId]));
            Assert.Contains(agency.Programs, p => p.Id == team.ProgramId);
        }
        Assert.Equal(agency.InRole(StaffRole.CaseWorker).Count(), agency.Teams.Sum(t => t.Members.Count(m => !m.IsSupervisor)));
    }

    [Fact]
    public void There_is_one_memorable_sign_in_per_staff_role_and_the_demo_case_worker_is_on_the_demo_supervisors_team()
    {
        var agency = Staff(40);

        var roles = agency.SignIns.Select(s => s.Role).ToList();
        Assert.Equal(roles.Count, roles.Distinct().Count());
        Assert.Equal(Enum.GetValues<StaffRole>().Where(r => r != StaffRole.Partner).Order(), roles.Order());
        var worker = agency.Staff.Single(s => s.Email == agency.SignIns.Single(s => s.Role == StaffRole.CaseWorker).Email);
        var supervisor = agency.Staff.Single(s => s.Email == agency.SignIns.Single(s => s.Role == StaffRole.Supervisor).Email);
        Assert.Contains(agency.Teams, t => t.Members.Any(m => m.StaffId == worker.Id) && t.Members.Any(m => m.StaffId == supervisor.Id && m.IsSupervisor));
        Assert.Equal($"caseworker@{DemoStaffing.EmailDomain}", worker.Email);
    }
}
