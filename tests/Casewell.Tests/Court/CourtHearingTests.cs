using Casewell.Cases;
using Casewell.Common;
using Casewell.Court;

namespace Casewell.Tests.Court;

public sealed class CourtHearingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day = Now.AddDays(10);
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wendy Worker");

    private static CourtHearingDetails Details(DateTimeOffset? startsAt = null, string? court = "  Franklin County Juvenile Court  ",
        IReadOnlyList<CourtHearingPartyDetails>? parties = null, CourtHearingType? type = CourtHearingType.Adjudication, string? judge = "Hon. R. Ortiz") =>
        new(startsAt ?? Day, type, court, judge, parties ?? [new("Ana Ruiz", "Attorney for the mother"), new("Lee Park", "Guardian ad litem")]);

    private static CourtHearing NewHearing(DateTimeOffset? startsAt = null) =>
        CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(startsAt), Worker, Now).Value!;

    private static IEnumerable<string> Fields(Result result) => result.Errors.Keys.Order(StringComparer.Ordinal);

    [Fact]
    public void A_new_hearing_is_scheduled_in_UTC_trimmed_with_its_people_in_order()
    {
        var local = new DateTimeOffset(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(-5));
        var hearing = NewHearing(local);

        Assert.Equal(CourtHearingStatus.Scheduled, hearing.Status);
        Assert.Equal(TimeSpan.Zero, hearing.StartsAt.Offset);
        Assert.Equal(local, hearing.StartsAt);
        Assert.Equal("Franklin County Juvenile Court", hearing.Court);
        Assert.Equal(["Ana Ruiz", "Lee Park"], hearing.Parties.OrderBy(p => p.Position).Select(p => p.Name));
        Assert.All(hearing.Parties, p => Assert.Equal((hearing.Id, hearing.CaseId), (p.HearingId, p.CaseId)));
        Assert.True(hearing.IsUpcoming);
    }

    [Fact]
    public void A_new_hearing_in_the_past_or_now_is_refused_at_its_date()
    {
        foreach (var when in new[] { Now, Now.AddMinutes(-1), Now.AddYears(-1) })
        {
            var result = CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(when), Worker, Now);

            Assert.Equal(ResultKind.Invalid, result.Kind);
            Assert.Equal(new Message(CourtHearingMessages.StartsInPast), Assert.Single(result.Errors["StartsAt"]));
        }
    }

    [Fact]
    public void A_hearing_more_than_five_years_ahead_or_without_a_date_type_or_court_is_refused_field_by_field()
    {
        var far = CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(Now.AddYears(6)), Worker, Now);
        var empty = CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), new CourtHearingDetails(null, null, "  ", null, null), Worker, Now);
        var unknownType = CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(type: (CourtHearingType)99), Worker, Now);

        Assert.Equal(new Message(CourtHearingMessages.StartsTooFar, CourtHearing.MaxYearsAhead), Assert.Single(far.Errors["StartsAt"]));
        Assert.Equal(["Court", "StartsAt", "Type"], Fields(empty));
        Assert.Equal(["Type"], Fields(unknownType));
    }

    [Fact]
    public void Lengths_and_line_breaks_are_limited_for_the_court_the_judge_and_every_person()
    {
        var result = CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(
            court: new string('c', CourtHearing.MaxCourtLength + 1),
            judge: "Hon.\nOrtiz",
            parties: [new("Ana Ruiz", new string('r', CourtHearingParty.MaxRoleLength + 1)), new(new string('n', CourtHearingParty.MaxNameLength + 1), "GAL"), new(" ", "Parent")]),
            Worker, Now);

        Assert.Equal(["Court", "Judge", "Parties[0].Role", "Parties[1].Name", "Parties[2].Name"], Fields(result));
        Assert.Equal(new Message(ValidationMessages.TooLong, new Message(CourtHearingMessages.Court), CourtHearing.MaxCourtLength), Assert.Single(result.Errors["Court"]));
    }

    [Fact]
    public void At_most_twenty_people_may_be_listed_and_exactly_twenty_may()
    {
        CourtHearingPartyDetails[] people(int n) => [.. Enumerable.Range(1, n).Select(i => new CourtHearingPartyDetails($"Person {i}", "Party"))];

        Assert.Equal(["Parties"], Fields(CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(parties: people(CourtHearing.MaxParties + 1)), Worker, Now)));
        Assert.Equal(CourtHearing.MaxParties, CourtHearing.Schedule(Guid.CreateVersion7(), Guid.CreateVersion7(), Details(parties: people(CourtHearing.MaxParties)), Worker, Now).Value!.Parties.Count);
    }

    [Fact]
    public void No_outcome_is_recorded_before_the_hearing_s_time_has_come()
    {
        var hearing = NewHearing();

        var early = hearing.RecordOutcome("Adjudicated dependent.", Worker, Day.AddMinutes(-1));

        Assert.Equal(ResultKind.Refused, early.Kind);
        Assert.Equal(new Message(CourtHearingMessages.NotYetHeld), early.Detail);
        Assert.Equal((CourtHearingStatus.Scheduled, (string?)null), (hearing.Status, hearing.Outcome));

        Assert.True(hearing.RecordOutcome("  Adjudicated dependent.  ", Worker, Day).Succeeded);
        Assert.Equal((CourtHearingStatus.Held, "Adjudicated dependent.", Day, Worker.Name), (hearing.Status, hearing.Outcome, hearing.OutcomeRecordedAt, hearing.OutcomeRecordedByName));
    }

    [Fact]
    public void An_outcome_is_required_limited_in_length_and_recorded_only_once()
    {
        var hearing = NewHearing();

        Assert.Equal(["Outcome"], Fields(hearing.RecordOutcome("  ", Worker, Day)));
        Assert.Equal(["Outcome"], Fields(hearing.RecordOutcome(new string('o', CourtHearing.MaxOutcomeLength + 1), Worker, Day)));
        Assert.True(hearing.RecordOutcome("Disposition set.", Worker, Day).Succeeded);

        var again = hearing.RecordOutcome("Something else.", Worker, Day.AddDays(1));
        Assert.Equal(ResultKind.Refused, again.Kind);
        Assert.Equal(new Message(CourtHearingMessages.AlreadyFinal, new Message(CourtHearingMessages.StatusHeld)), again.Detail);
    }

    [Fact]
    public void A_continued_hearing_gets_its_new_date_keeps_the_old_one_and_can_still_be_held()
    {
        var hearing = NewHearing();
        var newDate = Day.AddDays(21);

        Assert.True(hearing.ContinueTo(newDate, "The mother's attorney was ill.", Now.AddDays(1)).Succeeded);

        Assert.Equal((CourtHearingStatus.Continued, newDate, (DateTimeOffset?)Day, 1, "The mother's attorney was ill."),
            (hearing.Status, hearing.StartsAt, hearing.ContinuedFrom, hearing.ContinuanceCount, hearing.Reason));
        Assert.True(hearing.IsUpcoming);
        Assert.Equal(ResultKind.Refused, hearing.RecordOutcome("Held.", Worker, Day).Kind);
        Assert.True(hearing.RecordOutcome("Held.", Worker, newDate).Succeeded);
    }

    [Fact]
    public void A_continuance_needs_a_new_future_date_different_from_the_old_and_a_reason()
    {
        var hearing = NewHearing();

        Assert.Equal(["Reason", "StartsAt"], Fields(hearing.ContinueTo(null, null, Now)));
        Assert.Equal(new Message(CourtHearingMessages.StartsInPast), Assert.Single(hearing.ContinueTo(Now.AddDays(-1), "Judge away", Now).Errors["StartsAt"]));
        Assert.Equal(new Message(CourtHearingMessages.SameStart), Assert.Single(hearing.ContinueTo(Day, "Judge away", Now).Errors["StartsAt"]));
        Assert.Equal(["Reason"], Fields(hearing.ContinueTo(Day.AddDays(1), new string('r', CourtHearing.MaxReasonLength + 1), Now)));
        Assert.Equal((CourtHearingStatus.Scheduled, Day, 0), (hearing.Status, hearing.StartsAt, hearing.ContinuanceCount));
    }

    [Fact]
    public void A_cancelled_hearing_keeps_its_reason_and_takes_no_outcome_continuance_or_second_cancellation()
    {
        var hearing = NewHearing();

        Assert.Equal(["Reason"], Fields(hearing.Cancel(" ", Now)));
        Assert.True(hearing.Cancel("Petition dismissed.", Now).Succeeded);

        Assert.Equal((CourtHearingStatus.Cancelled, "Petition dismissed.", (DateTimeOffset?)Now), (hearing.Status, hearing.Reason, hearing.CancelledAt));
        Assert.False(hearing.IsUpcoming);
        Assert.Equal(ResultKind.Refused, hearing.RecordOutcome("Held.", Worker, Day).Kind);
        Assert.Equal(ResultKind.Refused, hearing.ContinueTo(Day.AddDays(3), "Reset", Now).Kind);
        Assert.Equal(ResultKind.Refused, hearing.Cancel("Again", Now).Kind);
    }

    [Fact]
    public void The_next_date_set_at_a_held_hearing_is_a_new_hearing_at_the_same_court_with_the_same_people()
    {
        var hearing = NewHearing();
        Assert.Equal(ResultKind.Refused, hearing.ScheduleNext(Guid.CreateVersion7(), Day.AddDays(30), null, Worker, Now).Kind);
        hearing.RecordOutcome("Adjudicated; disposition in 30 days.", Worker, Day);

        Assert.Equal(["NextStartsAt"], Fields(hearing.ScheduleNext(Guid.CreateVersion7(), Day.AddDays(-1), null, Worker, Day)));
        Assert.Null(hearing.NextHearingId);
        var next = hearing.ScheduleNext(Guid.CreateVersion7(), Day.AddDays(30), CourtHearingType.Disposition, Worker, Day).Value!;

        Assert.Equal((CourtHearingStatus.Scheduled, CourtHearingType.Disposition, hearing.Court, hearing.Judge, (Guid?)hearing.Id, hearing.CaseId),
            (next.Status, next.Type, next.Court, next.Judge, next.PreviousHearingId, next.CaseId));
        Assert.Equal(next.Id, hearing.NextHearingId);
        Assert.Equal(hearing.Parties.Select(p => (p.Name, p.Role)), next.Parties.Select(p => (p.Name, p.Role)));
        Assert.All(next.Parties, p => Assert.Equal(next.Id, p.HearingId));
    }
}
