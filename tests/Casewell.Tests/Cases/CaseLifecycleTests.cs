using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Tests.Cases;

public class CaseLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly StaffRef Intake = new(Guid.NewGuid(), "Ida Intake");
    private static readonly StaffRef Worker = new(Guid.NewGuid(), "Wes Worker");
    private static readonly StaffRef Other = new(Guid.NewGuid(), "Olga Other");
    private static readonly StaffRef Supervisor = new(Guid.NewGuid(), "Sue Supervisor");

    private static Case NewCase(params Guid[] householdMembers)
    {
        var clientId = Guid.NewGuid();
        var intake = new CaseIntake(clientId, Guid.NewGuid(), Guid.NewGuid(), SeededCaseTypes.ChildProtectiveServices, CasePriority.High,
            ReferralSource.Hotline, "Report of neglect", null, [clientId, .. householdMembers]);
        return new Case(Guid.NewGuid(), "2026-000001", intake, Intake, Now);
    }

    private static Case OpenCase()
    {
        var @case = NewCase();
        Assert.True(@case.AssignPrimary(Worker, null, Supervisor, Now, Guid.NewGuid).Succeeded);
        Assert.True(@case.Open(Worker, Now).Succeeded);
        return @case;
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
        var sibling = Guid.NewGuid();
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

        var result = @case.Close("Goals met", ClosureOutcome.GoalsMet, openTasks: 2, needsApproval: false, Worker, Now);

        Assert.Equal(ResultKind.Refused, result.Kind);
        Assert.Contains("2 open task", result.Detail?.ToString(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, @case.Status);
    }

    [Fact]
    public void Closing_needs_a_reason_and_a_listed_outcome()
    {
        var @case = OpenCase();

        Assert.Equal(ResultKind.Invalid, @case.Close("", ClosureOutcome.GoalsMet, 0, false, Worker, Now).Kind);
        Assert.Equal(ResultKind.Invalid, @case.Close("Done", (ClosureOutcome)99, 0, false, Worker, Now).Kind);
        Assert.True(@case.IsActive);
    }

    [Fact]
    public void Where_approval_is_needed_a_closure_waits_for_the_supervisor_who_approves_it()
    {
        var @case = OpenCase();

        Assert.True(@case.Close("Family stable", ClosureOutcome.GoalsMet, 0, needsApproval: true, Worker, Now).Succeeded);
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal("Wes Worker", @case.PendingClosure?.RequestedByName);
        Assert.Equal(ResultKind.Refused, @case.PutOnHold("wait", Worker, Now).Kind);

        Assert.True(@case.ApproveClosure(Supervisor, Now.AddHours(1), openTasks: 0).Succeeded);
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(ClosureOutcome.GoalsMet, @case.ClosureOutcome);
        Assert.Equal("Family stable", @case.ClosureReason);
        Assert.Null(@case.PendingClosure);
        Assert.Null(@case.NextContactDue);
        Assert.Contains(@case.NewEvents, e => e.Kind == CaseEventKind.ClosureApproved && e.ActorName == "Sue Supervisor");
    }

    [Fact]
    public void A_rejected_closure_leaves_the_case_open_with_the_supervisors_reason_on_the_timeline()
    {
        var @case = OpenCase();
        @case.Close("Family stable", ClosureOutcome.GoalsMet, 0, needsApproval: true, Worker, Now);

        Assert.Equal(ResultKind.Invalid, @case.RejectClosure("", Supervisor, Now).Kind);
        Assert.True(@case.RejectClosure("Court hearing next week", Supervisor, Now).Succeeded);

        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Null(@case.PendingClosure);
        Assert.Contains(@case.NewEvents, e => e.Kind == CaseEventKind.ClosureRejected && e.Reason == "Court hearing next week");
        Assert.Equal(ResultKind.Refused, @case.ApproveClosure(Supervisor, Now, 0).Kind);
    }

    [Fact]
    public void A_reopened_case_keeps_its_number_and_worker_and_needs_a_reason()
    {
        var @case = OpenCase();
        @case.Close("Moved away", ClosureOutcome.ClientMoved, 0, false, Worker, Now);

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

        Assert.Equal(ResultKind.Invalid, @case.AssignPrimary(Other, null, Supervisor, Now, Guid.NewGuid).Kind);
        Assert.True(@case.AssignPrimary(Other, "Worker on leave", Supervisor, Now.AddDays(1), Guid.NewGuid).Succeeded);

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
        Assert.True(@case.AddSecondary(Other, Supervisor, Now, Guid.NewGuid).Succeeded);
        Assert.Equal(ResultKind.Refused, @case.AddSecondary(Other, Supervisor, Now, Guid.NewGuid).Kind);
        Assert.Equal(ResultKind.Refused, @case.AddSecondary(Worker, Supervisor, Now, Guid.NewGuid).Kind);

        Assert.True(@case.AssignPrimary(Other, "Takes over", Supervisor, Now, Guid.NewGuid).Succeeded);

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
        @case.Close("Done", ClosureOutcome.GoalsMet, 0, false, Worker, Now);

        Assert.Equal(ResultKind.Refused, @case.AssignPrimary(Other, "x", Supervisor, Now, Guid.NewGuid).Kind);
    }

    [Fact]
    public void A_contact_moves_the_next_required_contact_and_clears_an_overdue_mark()
    {
        var @case = OpenCase();
        @case.ScheduleNextContact(30, Today.AddDays(-40));
        Assert.True(@case.IsContactOverdue(Today));
        Assert.True(@case.MarkContactOverdue(Today, Now));
        Assert.False(@case.MarkContactOverdue(Today, Now));

        @case.RecordContact(Now, 30, Today);

        Assert.Equal(Today.AddDays(30), @case.NextContactDue);
        Assert.Null(@case.ContactOverdueSince);
        Assert.False(@case.IsContactOverdue(Today));
    }

    [Fact]
    public void Case_numbers_run_on_within_a_year_and_read_well()
    {
        var sequence = new CaseNumberSequence(2026);

        Assert.Equal("2026-000001", sequence.Next());
        Assert.Equal("2026-000002", sequence.Next());
    }
}
