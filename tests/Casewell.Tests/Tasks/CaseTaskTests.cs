using Casewell.Cases;
using Casewell.Common;
using Casewell.Tasks;

namespace Casewell.Tests.Tasks;

public class CaseTaskTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2026, 3, 5);
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wendy Worker");

    private static CaseTask NewTask() => new(Guid.CreateVersion7(), Guid.CreateVersion7(), CaseTaskKind.FollowUp, "  Call the school  ", "  ", Due, Worker, Worker, At);

    [Fact]
    public void A_new_task_is_open_trimmed_and_not_overdue_on_its_due_date()
    {
        var task = NewTask();

        Assert.Equal(("Call the school", null, CaseTaskStatus.Open), (task.Title, task.Details, task.Status));
        Assert.False(task.IsOverdue(Due));
        Assert.True(task.IsOverdue(Due.AddDays(1)));
    }

    [Fact]
    public void A_task_is_marked_overdue_once_and_only_after_its_due_date()
    {
        var task = NewTask();

        Assert.False(task.MarkOverdue(Due));
        Assert.True(task.MarkOverdue(Due.AddDays(1)));
        Assert.False(task.MarkOverdue(Due.AddDays(2)));
        Assert.Equal(Due.AddDays(1), task.OverdueSince);
    }

    [Fact]
    public void A_resolved_task_is_never_overdue_and_cannot_be_resolved_again()
    {
        var task = NewTask();

        Assert.True(task.Complete(Worker, " by phone ", At.AddDays(1)).Succeeded);

        Assert.Equal(("by phone", Worker.Id), (task.ResolutionNote, task.ResolvedById));
        Assert.False(task.MarkOverdue(Due.AddDays(10)));
        var again = task.Cancel(Worker, "never mind", At.AddDays(2));
        Assert.Equal(ResultKind.Refused, again.Kind);
        Assert.Equal(CaseTaskStatus.Completed, task.Status);
    }

    [Fact]
    public void Rescheduling_clears_the_overdue_mark_so_the_new_date_can_be_missed_again()
    {
        var task = NewTask();
        task.MarkOverdue(Due.AddDays(1));

        Assert.True(task.Reschedule(Due.AddDays(7)).Succeeded);

        Assert.Null(task.OverdueSince);
        Assert.True(task.MarkOverdue(Due.AddDays(8)));
    }
}
