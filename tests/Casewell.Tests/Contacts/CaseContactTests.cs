using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Contacts;
using Casewell.Tasks;

namespace Casewell.Tests.Contacts;

public class CaseContactTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wendy Worker");

    private static Case NewCase() => new(Guid.CreateVersion7(), "2026-000001",
        new CaseIntake(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), SeededCaseTypes.SubstanceUse, CasePriority.Medium, ReferralSource.Self, "Help", null, []),
        Worker, At);

    private static CaseContact Contact(Case @case, DateTimeOffset at, ContactKind kind = ContactKind.HomeVisit) =>
        new(Guid.CreateVersion7(), @case.Id, at, kind, Worker, "Summary", at);

    [Theory]
    [InlineData(ContactKind.HomeVisit, true)]
    [InlineData(ContactKind.Phone, true)]
    [InlineData(ContactKind.Video, true)]
    [InlineData(ContactKind.Crisis, true)]
    [InlineData(ContactKind.Collateral, false)]
    [InlineData(ContactKind.Court, false)]
    public void Only_a_contact_with_the_client_counts_towards_the_required_contact(ContactKind kind, bool counts) =>
        Assert.Equal(counts, new CaseContact(Guid.CreateVersion7(), Guid.CreateVersion7(), At, kind, Worker, " Summary ", At).CountsAsClientContact);

    [Fact]
    public void A_contact_restarts_the_clock_and_clears_an_overdue_mark()
    {
        var @case = NewCase();
        @case.ScheduleNextContact(14, new DateOnly(2026, 3, 2));
        Assert.True(@case.MarkContactOverdue(new DateOnly(2026, 3, 20), At.AddDays(18)));

        @case.RecordContact(Contact(@case, At.AddDays(19)), 14, new DateOnly(2026, 3, 21), []);

        Assert.Equal((new DateOnly(2026, 4, 4), (DateOnly?)null), (@case.NextContactDue, @case.ContactOverdueSince));
        Assert.False(@case.IsContactOverdue(new DateOnly(2026, 4, 4)));
    }

    [Fact]
    public void An_older_contact_entered_late_does_not_move_the_clock_back()
    {
        var @case = NewCase();
        @case.RecordContact(Contact(@case, At.AddDays(5)), 14, new DateOnly(2026, 3, 7), []);

        @case.RecordContact(Contact(@case, At.AddDays(1)), 14, new DateOnly(2026, 3, 3), []);

        Assert.Equal((At.AddDays(5), new DateOnly(2026, 3, 21)), (@case.LastContactAt, @case.NextContactDue));
    }

    [Fact]
    public void A_contact_with_the_client_completes_the_open_required_contact_tasks_through_the_case()
    {
        var @case = NewCase();
        var required = new CaseTask(Guid.CreateVersion7(), @case.Id, CaseTaskKind.RequiredContact, "Monthly visit", null, new DateOnly(2026, 3, 9), Worker, Worker, At);
        Assert.True(@case.AddTask(required, Worker, At).Succeeded);

        Assert.Equal(0, @case.RecordContact(Contact(@case, At.AddDays(1), ContactKind.Collateral), 14, new DateOnly(2026, 3, 3), [required]));
        Assert.Equal(1, @case.RecordContact(Contact(@case, At.AddDays(2)), 14, new DateOnly(2026, 3, 4), [required]));

        Assert.Equal((CaseTaskStatus.Completed, 0), (required.Status, @case.OpenTaskCount));
        Assert.Equal(2, @case.NewEvents.Count(e => e.Kind == CaseEventKind.ContactRecorded));
    }
}
