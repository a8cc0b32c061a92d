using Casewell.Cases;
using Casewell.Common;
using Casewell.Contacts;
using Casewell.Court;
using Casewell.Notes;

namespace Casewell.Tests.Court;

public class CourtReportTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wendy Worker");
    private static readonly CourtReportSections Compiled = new("Client: Ana", "No one else", "Opened", "");

    private static CourtReportContact Contact(int day, string summary) => new(At.AddDays(-day), ContactKind.HomeVisit, "Wendy Worker", summary);

    private static Result<CourtReport> Draft(params CourtReportContact[] contacts) =>
        CourtReport.Draft(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Today.AddMonths(-3), Today, "  Family Court, Dept. 4 ",
            null, Compiled, contacts, Worker, At);

    private static Dictionary<string, string[]> Errors(DateOnly? from, DateOnly? to, string? court)
    {
        var v = new Validation();
        CourtReportRules.CheckDraft(v, from, to, court, Today);
        return v.ToDictionary().ToDictionary(e => e.Key, e => e.Value.Select(m => m.Code).ToArray());
    }

    [Fact]
    public void A_draft_keeps_the_contacts_oldest_first_and_the_court_trimmed()
    {
        var report = Draft(Contact(1, "Second visit"), Contact(20, "First visit")).Value!;

        Assert.Equal(["First visit", "Second visit"], report.Contacts.Select(c => c.Summary));
        Assert.Equal("Family Court, Dept. 4", report.Court);
        Assert.Equal(Compiled, report.Sections);
    }

    [Fact]
    public void A_period_with_no_contacts_is_refused_as_nothing_to_report()
    {
        var drafted = Draft();

        Assert.Equal(ResultKind.Refused, drafted.Kind);
        Assert.Equal(CourtReportMessages.NothingToReport, drafted.Detail!.Code);
    }

    [Fact]
    public void A_period_must_have_both_ends_in_order_not_after_today_and_within_five_years()
    {
        Assert.Equal([CourtReportMessages.RequiredFrom], Errors(null, Today, "Court")["From"]);
        Assert.Equal([CourtReportMessages.RequiredTo], Errors(Today, null, "Court")["To"]);
        Assert.Equal([CourtReportMessages.ToBeforeFrom], Errors(Today, Today.AddDays(-1), "Court")["To"]);
        Assert.Equal([CourtReportMessages.ToInFuture], Errors(Today.AddDays(-3), Today.AddDays(1), "Court")["To"]);
        Assert.Equal([CourtReportMessages.PeriodTooLong], Errors(Today.AddYears(-6), Today, "Court")["To"]);
        Assert.Empty(Errors(Today, Today, "Court"));
        Assert.Empty(Errors(Today.AddYears(-5), Today, "Court"));
    }

    [Fact]
    public void The_court_is_required_on_one_line()
    {
        Assert.Equal([ValidationMessages.Required], Errors(Today, Today, "  ")["Court"]);
        Assert.Equal([ValidationMessages.LineBreak], Errors(Today, Today, "Family\nCourt")["Court"]);
        Assert.Equal([ValidationMessages.TooLong], Errors(Today, Today, new string('x', CourtReport.MaxCourtLength + 1))["Court"]);
    }

    [Fact]
    public void A_revision_saves_the_sections_and_leaves_the_contacts_as_compiled()
    {
        var report = Draft(Contact(3, "Visit")).Value!;
        var editor = new StaffRef(Guid.CreateVersion7(), "Sam Supervisor");

        var revised = report.Revise(null, Compiled with { Recommendations = "Return the children home.  " }, editor, At.AddHours(1));

        Assert.True(revised.Succeeded);
        Assert.Equal("Return the children home.", report.Recommendations);
        Assert.Equal(("Family Court, Dept. 4", "Sam Supervisor", At.AddHours(1)), (report.Court, report.LastChangedByName, report.LastChangedAt));
        Assert.Equal("Visit", Assert.Single(report.Contacts).Summary);
    }

    [Fact]
    public void Over_long_recommendations_and_control_characters_are_refused_and_change_nothing()
    {
        var report = Draft(Contact(3, "Visit")).Value!;

        var tooLong = report.Revise(null, Compiled with { Recommendations = new string('x', CourtReport.MaxRecommendationsLength + 1) }, Worker, At);
        var control = report.Revise(null, Compiled with { History = "Opened\u0007" }, Worker, At);

        Assert.Equal(ValidationMessages.TooLong, Assert.Single(tooLong.Errors["Recommendations"]).Code);
        Assert.Equal(ValidationMessages.ControlCharacter, Assert.Single(control.Errors["History"]).Code);
        Assert.Equal(("", "Opened"), (report.Recommendations, report.History));
    }

    /// <summary>Words a note as the labels of its sections and its addenda joined, to see what the contact line is made of.</summary>
    private sealed class PlainWording : CourtReportWording
    {
        public override string CaseDetails(CourtReportFacts facts) => "";

        public override string Household(CourtReportFacts facts) => "";

        public override string History(CourtReportFacts facts) => "";

        public override string NoteSummary(CourtReportNote note) =>
            string.Join("|", note.Sections.Select(s => $"{s.Kind}={s.Text}").Concat(note.Addenda.Select(a => $"+{a.Text}")));
    }

    [Fact]
    public void A_notes_contact_line_names_its_author_first_keeps_its_type_and_words_its_sections_and_addenda()
    {
        var note = new CourtReportNote(At, NoteType.CollateralContact, "Wendy Worker", ["Dr. Lee", "Ivan Interpreter"],
            [new(NoteSectionKind.Data, "Spoke to the doctor."), new(NoteSectionKind.Plan, "Call back Friday.")], [new(At.AddDays(1), "Wendy Worker", "It was Thursday.")]);

        var contact = CourtReportContact.Of(note, new PlainWording());

        Assert.Equal((At, ContactKind.Collateral, NoteType.CollateralContact), (contact.OccurredAt, contact.Kind, contact.NoteType));
        Assert.Equal("Wendy Worker, Dr. Lee, Ivan Interpreter", contact.Participants);
        Assert.Equal("Data=Spoke to the doctor.|Plan=Call back Friday.|+It was Thursday.", contact.Summary);
    }

    [Fact]
    public void An_attempted_contact_is_reported_as_an_other_contact_under_its_own_type()
    {
        var note = new CourtReportNote(At, NoteType.AttemptedContact, "Wendy Worker", [], [new(NoteSectionKind.Narrative, "Nobody home.")], []);

        var contact = CourtReportContact.Of(note, new PlainWording());

        Assert.Equal((ContactKind.Other, NoteType.AttemptedContact, "Wendy Worker"), (contact.Kind, contact.NoteType, contact.Participants));
    }

    [Fact]
    public void A_report_for_a_hearing_covers_the_time_since_the_court_last_heard_the_case_up_to_the_hearing_or_today()
    {
        var began = Today.AddMonths(-8);

        Assert.Equal((began, Today), CourtReportPeriod.ForHearing(Today.AddDays(10), null, began, Today));
        Assert.Equal((Today.AddMonths(-3), Today), CourtReportPeriod.ForHearing(Today.AddDays(10), Today.AddMonths(-3), began, Today));
        // A report written after the hearing (for the record) stops at the hearing's day.
        Assert.Equal((Today.AddMonths(-3), Today.AddDays(-2)), CourtReportPeriod.ForHearing(Today.AddDays(-2), Today.AddMonths(-3), began, Today));
    }
}
