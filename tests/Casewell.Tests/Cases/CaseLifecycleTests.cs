using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Contacts;
using Casewell.Tasks;

namespace Casewell.Tests.Cases;

public class CaseLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly StaffRef Intake = new(Guid.CreateVersion7(), "Ida Intake");
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wes Worker");
    private static readonly StaffRef Other = new(Guid.CreateVersion7(), "Olga Other");
    private static readonly StaffRef Supervisor = new(Guid.CreateVersion7(), "Sue Supervisor");

    private static Case NewCase(params Guid[] householdMembers)
    {
        var clientId = Guid.CreateVersion7();
        var intake = new CaseIntake(clientId, Guid.CreateVersion7(), Guid.CreateVersion7(), SeededCaseTypes.ChildProtectiveServices, CasePriority.High,
            ReferralSource.Hotline, "Report of neglect", null, [clientId, .. householdMembers]);
        return new Case(Guid.CreateVersion7(), "2026-000001", intake, Intake, Now);
    }

    private static Case OpenCase()
    {
        var @case = NewCase();
        Assert.True(@case.AssignPrimary(Worker, null, Supervisor, Now, Guid.CreateVersion7).Succeeded);
        Assert.True(@case.Open(Worker, Now).Succeeded);
        return @case;
    }

    private static CaseTask AddTask(Case @case, string title = "Call the school")
    {
        var task = new CaseTask(Guid.CreateVersion7(), @case.Id, CaseTaskKind.FollowUp, title, null, Today.AddDays(7), Worker, Worker, Now);
        Assert.True(@case.AddTask(task, Worker, Now).Succeeded);
        return task;
    }

    [Fact]
    public void A_new_case_is_a_referral_in_the_queue_with_its_opening_on_the_timeline()
    {
        var @case = NewCase();

        Assert.Equal(CaseStatus.Referred, @case.Status);
        Assert.Null(@case.PrimaryWorkerId);
        var opened = Assert.Single(@case.NewEvents);
        Assert.Equal(CaseEventKind.Opened, opened.Kind);
        Assert.Equal("Ida Intake", opened.ActorName);
        Assert.Equal(0, opened.CaseVersion);
    }

    [Fact]
    public void Household_members_join_a_family_case_once_and_the_primary_client_is_not_listed_twice()
    {
        var sibling = Guid.CreateVersion7();
        var @case = NewCase(sibling, sibling);

        Assert.Equal([sibling], @case.Members.Select(m => m.ClientId));
    }

    [Fact]
    public void A_referral_cannot_be_opened_before_it_has_a_primary_worker()
    {
        var @case = NewCase();

        var result = @case.Open(Worker, Now);

        Assert.Equal(ResultKind.Refused, result.Kind);
        Assert.Equal(CaseStatus.Referred, @case.Status);
    }

    [Fact]
    public void Hold_and_resume_need_an_open_case_and_a_hold_needs_a_reason()
    {
        var @case = OpenCase();

        Assert.Equal(ResultKind.Invalid, @case.PutOnHold(" ", Worker, Now).Kind);
        Assert.True(@case.PutOnHold("Client in hospital", Worker, Now).Succeeded);
        Assert.Equal(CaseStatus.OnHold, @case.Status);
        Assert.Equal(ResultKind.Refused, @case.PutOnHold("again", Worker, Now).Kind);
        Assert.True(@case.Resume(null, Worker, Now).Succeeded);
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal(ResultKind.Refused, @case.Resume(null, Worker, Now).Kind);
    }

    [Fact]
    public void Closing_is_refused_while_tasks_are_open()
    {
        var @case = OpenCase();
        AddTask(@case);
        AddTask(@case, "Visit");

        var result = @case.Close("Goals met", ClosureOutcome.GoalsMet, needsApproval: false, Worker, Now);

        Assert.Equal(ResultKind.Refused, result.Kind);
        Assert.Equal(new Message(CaseMessages.OpenTasksBeforeClosing, 2), result.Detail);
        Assert.Equal(CaseStatus.Open, @case.Status);
    }

    [Fact]
    public void Closing_needs_a_reason_and_a_listed_outcome()
    {
        var @case = OpenCase();

        Assert.Equal(ResultKind.Invalid, @case.Close("", ClosureOutcome.GoalsMet, false, Worker, Now).Kind);
        Assert.Equal(ResultKind.Invalid, @case.Close("Done", (ClosureOutcome)99, false, Worker, Now).Kind);
        Assert.True(@case.IsActive);
    }

    [Fact]
    public void Where_approval_is_needed_a_closure_waits_for_the_supervisor_who_approves_it()
    {
        var @case = OpenCase();

        Assert.True(@case.Close("Family stable", ClosureOutcome.GoalsMet, needsApproval: true, Worker, Now).Succeeded);
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal("Wes Worker", @case.PendingClosure?.RequestedByName);
        Assert.Equal(ResultKind.Refused, @case.PutOnHold("wait", Worker, Now).Kind);

        Assert.True(@case.ApproveClosure(Supervisor, supervises: true, Now.AddHours(1)).Succeeded);
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(ClosureOutcome.GoalsMet, @case.ClosureOutcome);
        Assert.Equal("Family stable", @case.ClosureReason);
        Assert.Null(@case.PendingClosure);
        Assert.Null(@case.NextContactDue);
        Assert.Contains(@case.NewEvents, e => e.Kind == CaseEventKind.ClosureApproved && e.ActorName == "Sue Supervisor");
    }

    [Fact]
    public void Only_someone_who_supervises_the_case_may_decide_on_its_closure()
    {
        var @case = OpenCase();
        @case.Close("Family stable", ClosureOutcome.GoalsMet, needsApproval: true, Worker, Now);

        Assert.Equal(ResultKind.Forbidden, @case.ApproveClosure(Worker, supervises: false, Now).Kind);
        Assert.Equal(ResultKind.Forbidden, @case.RejectClosure("Not yet", Worker, supervises: false, Now).Kind);
        Assert.NotNull(@case.PendingClosure);
        Assert.Equal(CaseStatus.Open, @case.Status);
    }

    [Fact]
    public void A_rejected_closure_leaves_the_case_open_with_the_supervisors_reason_on_the_timeline()
    {
        var @case = OpenCase();
        @case.Close("Family stable", ClosureOutcome.GoalsMet, needsApproval: true, Worker, Now);

        Assert.Equal(ResultKind.Invalid, @case.RejectClosure("", Supervisor, supervises: true, Now).Kind);
        Assert.True(@case.RejectClosure("Court hearing next week", Supervisor, supervises: true, Now).Succeeded);

        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Null(@case.PendingClosure);
        Assert.Contains(@case.NewEvents, e => e.Kind == CaseEventKind.ClosureRejected && e.Reason == "Court hearing next week");
        Assert.Equal(ResultKind.Refused, @case.ApproveClosure(Supervisor, supervises: true, Now).Kind);
    }

    [Fact]
    public void A_reopened_case_keeps_its_number_and_worker_and_needs_a_reason()
    {
        var @case = OpenCase();
        @case.Close("Moved away", ClosureOutcome.ClientMoved, false, Worker, Now);

        Assert.Equal(ResultKind.Invalid, @case.Reopen(" ", Worker, Now, 30, Today).Kind);
        Assert.True(@case.Reopen("Family returned", Worker, Now, 30, Today).Succeeded);

        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal("2026-000001", @case.CaseNumber);
        Assert.Equal(Worker.Id, @case.PrimaryWorkerId);
        Assert.Null(@case.ClosedAt);
        Assert.Equal(Today.AddDays(30), @case.NextContactDue);
        Assert.Equal(ResultKind.Refused, @case.Reopen("again", Worker, Now, 30, Today).Kind);
    }

    [Fact]
    public void A_transfer_ends_the_previous_assignment_and_needs_a_reason()
    {
        var @case = OpenCase();

        Assert.Equal(ResultKind.Invalid, @case.AssignPrimary(Other, null, Supervisor, Now, Guid.CreateVersion7).Kind);
        Assert.True(@case.AssignPrimary(Other, "Worker on leave", Supervisor, Now.AddDays(1), Guid.CreateVersion7).Succeeded);

        Assert.Equal(Other.Id, @case.PrimaryWorkerId);
        var previous = Assert.Single(@case.Assignments, a => a.StaffId == Worker.Id);
        Assert.Equal(Now.AddDays(1), previous.EndedAt);
        Assert.Equal("Worker on leave", previous.EndReason);
        Assert.Contains(@case.NewEvents, e => e.Kind == CaseEventKind.Transferred && e.From == "Wes Worker" && e.Subject == "Olga Other");
    }

    [Fact]
    public void A_secondary_worker_promoted_to_primary_holds_one_assignment_and_nobody_is_added_twice()
    {
        var @case = OpenCase();
        Assert.True(@case.AddSecondary(Other, Supervisor, Now, Guid.CreateVersion7).Succeeded);
        Assert.Equal(ResultKind.Refused, @case.AddSecondary(Other, Supervisor, Now, Guid.CreateVersion7).Kind);
        Assert.Equal(ResultKind.Refused, @case.AddSecondary(Worker, Supervisor, Now, Guid.CreateVersion7).Kind);

        Assert.True(@case.AssignPrimary(Other, "Takes over", Supervisor, Now, Guid.CreateVersion7).Succeeded);

        Assert.Single(@case.Assignments, a => a.IsCurrent && a.StaffId == Other.Id);
    }

    [Fact]
    public void Taking_the_primary_worker_off_returns_the_case_to_the_queue()
    {
        var @case = OpenCase();

        Assert.True(@case.Unassign(Worker.Id, "Account deactivated", Supervisor, Now).Succeeded);

        Assert.Null(@case.PrimaryWorkerId);
        Assert.False(@case.IsAssignedTo(Worker.Id));
        Assert.Contains(@case.NewEvents, e => e.Kind == CaseEventKind.Unassigned && e.Reason == "Account deactivated");
    }

    [Fact]
    public void A_closed_case_cannot_be_assigned()
    {
        var @case = OpenCase();
        @case.Close("Done", ClosureOutcome.GoalsMet, false, Worker, Now);

        Assert.Equal(ResultKind.Refused, @case.AssignPrimary(Other, "x", Supervisor, Now, Guid.CreateVersion7).Kind);
    }

    [Fact]
    public void A_contact_moves_the_next_required_contact_and_clears_an_overdue_mark()
    {
        var @case = OpenCase();
        @case.ScheduleNextContact(30, Today.AddDays(-40));
        Assert.True(@case.IsContactOverdue(Today));
        Assert.True(@case.MarkContactOverdue(Today, Now));
        Assert.False(@case.MarkContactOverdue(Today, Now));

        @case.RecordContact(new CaseContact(Guid.CreateVersion7(), @case.Id, Now, ContactKind.HomeVisit, Worker, "Visit", Now), 30, Today, []);

        Assert.Equal(Today.AddDays(30), @case.NextContactDue);
        Assert.Null(@case.ContactOverdueSince);
        Assert.False(@case.IsContactOverdue(Today));
    }

    [Fact]
    public void The_steps_offered_follow_the_status_and_who_asks()
    {
        var referred = NewCase();
        Assert.Equal([CaseTransition.Close], referred.StepsFor(mayChange: true, supervises: false, closureRequiresApproval: true).AllowedTransitions);

        var open = OpenCase();
        var worker = open.StepsFor(mayChange: true, supervises: false, closureRequiresApproval: true);
        Assert.Equal([CaseTransition.PutOnHold, CaseTransition.Close], worker.AllowedTransitions);
        Assert.True(worker.ClosureNeedsApproval);
        Assert.False(worker.MayAssign);
        Assert.Empty(open.StepsFor(mayChange: false, supervises: false, closureRequiresApproval: true).AllowedTransitions);

        Assert.True(open.Close("Family stable", ClosureOutcome.GoalsMet, needsApproval: true, Worker, Now).Succeeded);
        Assert.Empty(open.StepsFor(mayChange: true, supervises: false, closureRequiresApproval: true).AllowedTransitions);
        var supervisor = open.StepsFor(mayChange: true, supervises: true, closureRequiresApproval: true);
        Assert.Equal([CaseTransition.ApproveClosure, CaseTransition.RejectClosure], supervisor.AllowedTransitions);
        Assert.True(supervisor.MayAssign);

        Assert.True(open.ApproveClosure(Supervisor, supervises: true, Now).Succeeded);
        Assert.Equal([CaseTransition.Reopen], open.StepsFor(mayChange: true, supervises: false, closureRequiresApproval: true).AllowedTransitions);
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    public void A_closure_needs_approval_only_where_the_program_asks_and_the_closer_is_no_supervisor(bool supervises, bool programAsks, bool needs)
    {
        var @case = OpenCase();

        Assert.Equal(needs, @case.StepsFor(mayChange: true, supervises, programAsks).ClosureNeedsApproval);
        Assert.Equal(needs, Case.ClosureNeedsApproval(supervises, programAsks));
    }

    [Fact]
    public void A_step_the_case_does_not_offer_is_refused_with_its_reason()
    {
        var @case = OpenCase();

        foreach (var step in Enum.GetValues<CaseTransition>())
        {
            var offered = @case.StepsFor(mayChange: true, supervises: false, closureRequiresApproval: false).AllowedTransitions.Contains(step);
            Assert.Equal(offered, @case.Refusal(step, supervises: false) is null);
        }
        Assert.Equal(ResultKind.Forbidden, @case.Refusal(CaseTransition.ApproveClosure, supervises: false)?.Kind);
        Assert.Equal(ResultKind.Invalid, @case.Refusal((CaseTransition)99, supervises: true)?.Kind);
    }

    [Fact]
    public void The_case_counts_its_open_tasks_as_they_are_added_and_resolved_each_change_on_its_timeline()
    {
        var @case = OpenCase();
        var first = AddTask(@case);
        var second = AddTask(@case, "Visit");
        Assert.Equal(2, @case.OpenTaskCount);

        Assert.True(@case.CompleteTask(first, Worker, "Done by phone", Now).Succeeded);
        Assert.Equal(ResultKind.Refused, @case.CompleteTask(first, Worker, null, Now).Kind);
        Assert.True(@case.CancelTask(second, Worker, "Not needed", Now).Succeeded);

        Assert.Equal(0, @case.OpenTaskCount);
        Assert.True(@case.Close("Done", ClosureOutcome.GoalsMet, false, Worker, Now).Succeeded);
        Assert.Equal(ResultKind.Refused, @case.AddTask(new CaseTask(Guid.CreateVersion7(), @case.Id, CaseTaskKind.FollowUp, "Late", null, Today, Worker, Worker, Now), Worker, Now).Kind);
        Assert.Equal(0, @case.OpenTaskCount);
        Assert.Equal(
            [CaseEventKind.TaskCreated, CaseEventKind.TaskCreated, CaseEventKind.TaskCompleted, CaseEventKind.TaskCancelled],
            @case.NewEvents.Where(e => e.RelatedId == first.Id || e.RelatedId == second.Id).Select(e => e.Kind));
    }

    [Fact]
    public void Reassigning_rescheduling_or_marking_a_task_overdue_is_on_the_timeline_but_leaves_the_case_row_as_it_is()
    {
        var @case = OpenCase();
        var task = AddTask(@case);
        var changedAt = @case.LastChangedAt;

        Assert.True(@case.ReassignTask(task, Other, Supervisor, Now.AddDays(1)).Succeeded);
        Assert.True(@case.RescheduleTask(task, Today.AddDays(9), Supervisor, Now.AddDays(1)).Succeeded);
        Assert.True(@case.MarkTaskOverdue(task, Today.AddDays(10), Now.AddDays(10)));
        Assert.False(@case.MarkTaskOverdue(task, Today.AddDays(11), Now.AddDays(11)));

        Assert.Equal(changedAt, @case.LastChangedAt);
        Assert.Equal([CaseEventKind.TaskCreated, CaseEventKind.TaskReassigned, CaseEventKind.TaskRescheduled, CaseEventKind.TaskOverdue],
            @case.NewEvents.Where(e => e.RelatedId == task.Id).Select(e => e.Kind));
        Assert.Equal(1, @case.OpenTaskCount);
    }

    [Fact]
    public void Moving_the_case_to_another_team_is_on_its_timeline()
    {
        var @case = OpenCase();
        var team = Guid.CreateVersion7();

        @case.MoveToTeam(team, "Intake West", Supervisor, Now);
        @case.MoveToTeam(team, "Intake West", Supervisor, Now);

        Assert.Equal(team, @case.TeamId);
        var moved = Assert.Single(@case.NewEvents, e => e.Kind == CaseEventKind.MovedToTeam);
        Assert.Equal(("Intake West", team, "Sue Supervisor"), (moved.Subject, moved.RelatedId, moved.ActorName));
    }

    [Fact]
    public void Case_numbers_run_on_within_a_year_and_read_well()
    {
        var sequence = new CaseNumberSequence(2026);

        Assert.Equal("2026-000001", sequence.Next());
        Assert.Equal("2026-000002", sequence.Next());
    }
}
