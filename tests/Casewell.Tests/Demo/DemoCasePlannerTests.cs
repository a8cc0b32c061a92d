using Casewell.Demo;
using Casewell.Identity;

namespace Casewell.Tests.Demo;

/// <summary>The agency size is planned (not built) here: enough to check its proportions in a few seconds.</summary>
public class DemoCasePlannerTests
{
    [Fact]
    public void The_agency_size_has_its_cases_caseloads_queues_and_activity_at_scale()
    {
        var work = new GeneratedCasework(DemoSize.Agency, build: false);
        var scale = work.Scale;
        var plans = work.Plans;

        Assert.Equal(scale.Cases, plans.Count);
        var workers = work.Agency.InRole(StaffRole.CaseWorker).Select(w => w.Id).ToHashSet();
        var caseloads = plans.Where(p => p.IsActive && !p.IsQueued && p.Fate != DemoCaseFate.AwaitingOpening)
            .GroupBy(p => p.Workers[^1]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(workers.Count, caseloads.Count);
        Assert.InRange(caseloads.Values.Average(), scale.OpenPerWorker * 0.95, scale.OpenPerWorker * 1.02);
        Assert.All(work.Agency.Teams, t => Assert.Equal(scale.QueuedPerTeam + 1, plans.Count(p => p.TeamId == t.Id && p.IsQueued)));
        Assert.InRange(plans.Sum(p => (long)p.Tasks + p.Contacts), scale.TasksAndContacts * 0.97, scale.TasksAndContacts * 1.03);
        Assert.InRange(plans.Sum(p => (long)p.Contacts) / (double)scale.TasksAndContacts, 0.35, 0.75);
        Assert.Equal(scale.LongTimelines, plans.Count(p => p.LongTimeline));
        Assert.All(plans, p => Assert.Contains(work.Agency.Teams, t => t.Id == p.TeamId && t.ProgramId == p.ProgramId));
        Assert.All(plans, p => Assert.Equal(work.Agency.PracticeOf(p.ProgramId), p.Practice));
        Assert.Equal(plans.OrderBy(p => p.ReferredAt).Select(p => p.ClientId), plans.Select(p => p.ClientId));
    }

    [Fact]
    public void Every_planned_worker_belongs_to_the_cases_team()
    {
        var work = new GeneratedCasework(DemoSize.Small, build: false);

        foreach (var plan in work.Plans)
        {
            var team = work.Agency.Teams.Single(t => t.Id == plan.TeamId);
            Assert.Equal(plan.SupervisorId, team.Members.Single(m => m.IsSupervisor).StaffId);
            Assert.All(plan.Workers, w => Assert.Contains(team.Members, m => m.StaffId == w && !m.IsSupervisor));
            Assert.All(plan.Workers.Zip(plan.Workers.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        }
    }
}
