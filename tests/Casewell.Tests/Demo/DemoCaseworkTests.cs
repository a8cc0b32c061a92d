using Casewell.Cases;
using Casewell.Demo;
using Casewell.Identity;
using Casewell.Tasks;

namespace Casewell.Tests.Demo;

/// <summary>The generated casework obeys the rules a real agency's data would: what seed-demo writes is what Casewell itself could have made.</summary>
public class DemoCaseworkTests(GeneratedCasework work) : IClassFixture<GeneratedCasework>
{
    private IEnumerable<(DemoCasePlan Plan, DemoCaseFile File)> Cases => work.Plans.Zip(work.Files);

    [Fact]
    public void Open_cases_have_a_primary_worker_except_those_waiting_in_a_queue()
    {
        var active = Cases.Where(c => c.File.Case.IsActive).ToList();

        Assert.NotEmpty(active);
        foreach (var (plan, file) in active)
        {
            var @case = file.Case;
            Assert.Equal(plan.IsQueued, @case.PrimaryWorkerId is null);
            Assert.Equal(@case.PrimaryWorkerId, @case.CurrentAssignment(AssignmentRole.Primary)?.StaffId);
            if (@case.PrimaryWorkerId is { } worker) Assert.Equal(plan.Workers[^1], worker);
        }
        Assert.Contains(active, c => c.File.Case.Status == CaseStatus.Referred && c.File.Case.PrimaryWorkerId is null);
        Assert.Contains(active, c => c.File.Case.Status == CaseStatus.Open && c.File.Case.PrimaryWorkerId is null);
        Assert.Contains(active, c => c.File.Case.Status == CaseStatus.OnHold);
        Assert.Contains(active, c => c.File.Case.PendingClosure is not null);
    }

    [Fact]
    public void Closed_cases_have_a_reason_an_outcome_and_no_open_task()
    {
        var closed = Cases.Where(c => !c.File.Case.IsActive).ToList();

        Assert.True(closed.Count > work.Plans.Count / 3, $"only {closed.Count} closed cases");
        foreach (var (_, file) in closed)
        {
            var @case = file.Case;
            Assert.NotNull(@case.ClosedAt);
            Assert.InRange(@case.ClosedAt.Value, @case.ReferredAt, GeneratedCasework.Now);
            Assert.False(string.IsNullOrWhiteSpace(@case.ClosureReason));
            Assert.NotNull(@case.ClosureOutcome);
            Assert.Null(@case.NextContactDue);
            Assert.Null(@case.PendingClosure);
            Assert.DoesNotContain(file.Tasks, t => t.IsOpen);
        }
        Assert.Contains(closed, c => c.File.Case.ClosureOutcome == ClosureOutcome.ScreenedOut && c.File.Case.PrimaryWorkerId is null);
        Assert.Contains(closed, c => c.File.Case.NewEvents.Any(e => e.Kind == CaseEventKind.Reopened));
    }

    [Fact]
    public void The_last_contact_and_the_next_contact_due_follow_the_client_contacts_and_the_case_type_frequency()
    {
        foreach (var (plan, file) in Cases.Where(c => c.File.Case.IsActive))
        {
            var @case = file.Case;
            var clientContacts = file.Contacts.Where(c => c.CountsAsClientContact).Select(c => c.OccurredAt).ToList();
            Assert.Equal(clientContacts.Count == 0 ? null : clientContacts.Max(), @case.LastContactAt);

            var frequency = work.Frequencies[@case.CaseTypeId];
            var reopenings = @case.NewEvents.Where(e => e.Kind == CaseEventKind.Reopened).Select(e => e.OccurredAt);
            var scheduledFrom = clientContacts.Concat(reopenings).Append(@case.ReferredAt).Max();
            Assert.Equal(frequency is { } days ? work.Calendar.DateOf(scheduledFrom).AddDays(days) : null, @case.NextContactDue);

            if (@case.ContactOverdueSince is not null) Assert.True(@case.NextContactDue < work.Today, @case.CaseNumber);
            if (@case.NextContactDue < work.Today.AddDays(-1)) Assert.NotNull(@case.ContactOverdueSince);
            if (plan.ContactOverdue) Assert.True(@case.IsContactOverdue(work.Today), @case.CaseNumber);
        }
    }

    [Fact]
    public void Every_assignment_transition_task_and_contact_is_on_the_case_timeline()
    {
        foreach (var (_, file) in Cases)
        {
            var @case = file.Case;
            var events = @case.NewEvents;
            Assert.Equal(CaseEventKind.Opened, events.MinBy(e => e.OccurredAt)!.Kind);
            Assert.All(events, e => Assert.InRange(e.OccurredAt, @case.ReferredAt, GeneratedCasework.Now));
            foreach (var assignment in @case.Assignments)
            {
                Assert.Contains(events, e => e.Kind is CaseEventKind.Assigned or CaseEventKind.Transferred
                    && e.RelatedId == assignment.StaffId && e.OccurredAt == assignment.StartedAt);
            }
            foreach (var task in file.Tasks)
            {
                Assert.Contains(events, e => e.Kind == CaseEventKind.TaskCreated && e.RelatedId == task.Id && e.OccurredAt == task.CreatedAt);
                if (task.Status != CaseTaskStatus.Open)
                {
                    var resolved = task.Status == CaseTaskStatus.Completed ? CaseEventKind.TaskCompleted : CaseEventKind.TaskCancelled;
                    Assert.Contains(events, e => e.Kind == resolved && e.RelatedId == task.Id && e.OccurredAt == task.ResolvedAt);
                    Assert.True(task.ResolvedAt > task.CreatedAt);
                }
                if (task.OverdueSince is not null) Assert.Contains(events, e => e.Kind == CaseEventKind.TaskOverdue && e.RelatedId == task.Id);
            }
            foreach (var contact in file.Contacts)
                Assert.Contains(events, e => e.Kind == CaseEventKind.ContactRecorded && e.RelatedId == contact.Id && e.OccurredAt == contact.OccurredAt);
            if (@case.OpenedAt is { } opened) Assert.Contains(events, e => e.Kind == CaseEventKind.StatusChanged && e.To == nameof(CaseStatus.Open) && e.OccurredAt == opened);
        }
    }

    [Fact]
    public void Most_tasks_are_done_some_are_open_and_some_of_those_overdue()
    {
        var tasks = work.Files.SelectMany(f => f.Tasks).ToList();
        var open = tasks.Where(t => t.IsOpen).ToList();

        Assert.InRange(tasks.Count(t => t.Status == CaseTaskStatus.Completed) / (double)tasks.Count, 0.7, 0.95);
        Assert.InRange(open.Count / (double)tasks.Count, 0.03, 0.25);
        Assert.Contains(open, t => t.IsOverdue(work.Today));
        Assert.Contains(open, t => !t.IsOverdue(work.Today));
        Assert.All(open, t => Assert.Equal(work.Files.Single(f => f.Case.Id == t.CaseId).Case.PrimaryWorkerId, t.AssignedToId));
    }

    [Fact]
    public void The_demo_case_worker_has_a_caseload_with_overdue_work_and_the_demo_supervisor_a_queue_and_a_closure_to_approve()
    {
        var worker = work.Agency.SignInOf(StaffRole.CaseWorker).Id;
        var supervisor = work.Agency.SignInOf(StaffRole.Supervisor).Id;
        var team = work.Agency.Teams.Single(t => t.Members.Any(m => m.StaffId == supervisor && m.IsSupervisor));
        var caseload = work.Files.Where(f => f.Case.IsActive && f.Case.PrimaryWorkerId == worker).ToList();

        Assert.InRange(caseload.Count, work.Scale.OpenPerWorker * 0.8, work.Scale.OpenPerWorker * 1.2 + 1);
        Assert.Contains(caseload, f => f.Case.IsContactOverdue(work.Today));
        Assert.True(caseload.SelectMany(f => f.Tasks).Count(t => t.IsOverdue(work.Today)) >= 2);
        Assert.Contains(caseload, f => f.Case.NewEvents.Count >= DemoScale.LongTimelineEvents * 0.9);
        var teamCases = work.Files.Where(f => f.Case.TeamId == team.Id && f.Case.IsActive).ToList();
        Assert.True(teamCases.Count(f => f.Case.PrimaryWorkerId is null) >= 3);
        Assert.Contains(teamCases, f => f.Case.PendingClosure is not null);
    }

    [Fact]
    public void Family_cases_include_the_household_born_by_the_referral_and_only_them()
    {
        var byClient = work.Roster.SelectMany(h => h.ClientIds.Select((id, i) => (id, h, i))).ToDictionary(x => x.id, x => (x.h, x.i));

        var family = Cases.Where(c => c.Plan.Practice.Clientele == DemoClientele.Families).ToList();
        Assert.NotEmpty(family);
        foreach (var (plan, file) in family)
        {
            var (household, _) = byClient[file.Case.ClientId];
            var referredOn = work.Calendar.DateOf(file.Case.ReferredAt);
            Assert.NotEmpty(file.Case.Members);
            Assert.All(file.Case.Members, m => Assert.Contains(m.ClientId, household.ClientIds));
            Assert.All(file.Case.Members, m => Assert.True(byClient[m.ClientId].h.BirthDates[byClient[m.ClientId].i] <= referredOn));
            Assert.True(household.RegisteredAt < file.Case.ReferredAt);
        }
    }

    [Fact]
    public void Tasks_and_contacts_add_up_to_the_scale_and_the_long_cases_have_about_500_entries()
    {
        var activity = work.Files.Sum(f => f.Tasks.Count + f.Contacts.Count);

        Assert.Equal(work.Scale.Cases, work.Files.Count);
        Assert.InRange(activity, work.Scale.TasksAndContacts * 0.9, work.Scale.TasksAndContacts * 1.1);
        var longest = work.Files.Where(f => f.Case.NewEvents.Count >= 450).ToList();
        Assert.Equal(work.Scale.LongTimelines, longest.Count);
        Assert.All(longest, f => Assert.InRange(f.Case.NewEvents.Count, 450, 600));
    }
}
