using Casewell.Cases;
using Casewell.Common;
using Casewell.Notes;

namespace Casewell.Tests.Notes;

public class NoteTests
{
    private static readonly DateTimeOffset Visit = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wendy Worker");
    private static readonly StaffRef Supervisor = new(Guid.CreateVersion7(), "Sam Supervisor");
    private static readonly ParticipantRef Mother = new(ParticipantKind.Client, Guid.CreateVersion7(), "Maria Lopez");
    private static readonly ParticipantRef Son = new(ParticipantKind.HouseholdMember, Guid.CreateVersion7(), "Leo Lopez");

    private static NoteContent Dap(string data = "Seen at home with her son.", string? assessment = "Home is safe.", string? plan = "Visit again next month.",
        int? minutes = 45, params ParticipantRef[] participants)
    {
        var sections = new Dictionary<NoteSectionKind, string> { [NoteSectionKind.Data] = data };
        if (assessment is not null) sections[NoteSectionKind.Assessment] = assessment;
        if (plan is not null) sections[NoteSectionKind.Plan] = plan;
        return new(NoteType.HomeVisit, NoteFormat.Dap, Visit, minutes, "  12 Elm Street  ", sections, participants.Length == 0 ? [Mother, Son] : participants);
    }

    private static Note NewNote(NoteContent? content = null) => new(Guid.CreateVersion7(), Guid.CreateVersion7(), Worker, content ?? Dap(), Visit.AddHours(1));

    [Fact]
    public void A_new_note_is_its_author_s_draft_with_its_sections_and_participants_in_order()
    {
        var note = NewNote();

        Assert.Equal((NoteStatus.Draft, Worker.Id, "12 Elm Street"), (note.Status, note.AuthorId, note.Location));
        Assert.Equal([NoteSectionKind.Data, NoteSectionKind.Assessment, NoteSectionKind.Plan], note.Sections.Select(s => s.Kind).Order());
        Assert.Equal([Mother, Son], note.Participants.OrderBy(p => p.Position).Select(p => p.Ref));
        Assert.Equal(Visit.AddMinutes(45), note.EndedAt);
        Assert.All(note.Sections, s => Assert.Equal(note.CaseId, s.CaseId));
    }

    [Fact]
    public void A_draft_holds_what_it_was_saved_with_and_a_revision_changes_only_what_differs()
    {
        var note = NewNote();
        Assert.True(note.Holds(Dap()));
        Assert.False(note.Holds(Dap(plan: "Call the school.")));
        var data = note.Sections.Single(s => s.Kind == NoteSectionKind.Data);

        Assert.True(note.Revise(Dap(plan: "Call the school.", participants: [Son]), Visit.AddHours(2)).Succeeded);

        Assert.Same(data, note.Sections.Single(s => s.Kind == NoteSectionKind.Data));
        Assert.Equal("Call the school.", note.Sections.Single(s => s.Kind == NoteSectionKind.Plan).Text);
        Assert.Equal([Son], note.Participants.Select(p => p.Ref));
        Assert.Equal(Visit.AddHours(2), note.SavedAt);
    }

    [Fact]
    public void A_blank_section_is_no_row_and_a_section_outside_the_format_is_dropped()
    {
        var content = Dap(assessment: "   ") with { Format = NoteFormat.Narrative };
        var note = NewNote(content with { Sections = new Dictionary<NoteSectionKind, string> { [NoteSectionKind.Narrative] = "Story", [NoteSectionKind.Plan] = "x" } });

        Assert.Equal([NoteSectionKind.Narrative], note.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Signing_needs_every_section_its_time_and_its_length()
    {
        var note = NewNote(Dap(plan: null, minutes: null));

        var refused = note.Sign(Visit.AddHours(2), Day, null);

        Assert.Equal(ResultKind.Invalid, refused.Kind);
        Assert.Equal(["DurationMinutes", "Sections.Plan"], refused.Errors.Keys.Order());
        Assert.Equal(NoteStatus.Draft, note.Status);
    }

    [Fact]
    public void A_signed_note_is_locked_against_every_change_and_deletion()
    {
        var note = NewNote();
        Assert.True(note.Sign(Visit.AddHours(2), Day, null).Succeeded);

        Assert.Equal((NoteStatus.Signed, Visit.AddHours(2), false), (note.Status, note.SignedAt, note.IsLateEntry));
        foreach (var refused in new[] { note.Revise(Dap(data: "Changed"), Visit.AddHours(3)), note.Discard(Visit.AddHours(3)), note.Sign(Visit.AddHours(3), Day, null) })
        {
            Assert.Equal(ResultKind.Refused, refused.Kind);
            Assert.Equal(NoteMessages.SignedIsLocked, refused.Detail?.Code);
        }
        Assert.Equal("Seen at home with her son.", note.Sections.Single(s => s.Kind == NoteSectionKind.Data).Text);
        Assert.Equal(NoteStatus.Signed, note.Status);
    }

    [Fact]
    public void A_note_signed_past_the_delay_after_the_contact_ended_is_a_late_entry_that_needs_its_reason()
    {
        var ended = Visit.AddMinutes(45);
        var onTime = NewNote();
        Assert.True(onTime.Sign(ended + Day, Day, "ignored when on time").Succeeded);
        Assert.Equal((false, null), (onTime.IsLateEntry, onTime.LateEntryReason));

        var late = NewNote();
        var refused = late.Sign(ended + Day + TimeSpan.FromMinutes(1), Day, "  ");
        Assert.Equal(ResultKind.Invalid, refused.Kind);
        Assert.Equal(new Message(NoteMessages.RequiredLateEntryReason, 24), Assert.Single(refused.Errors["LateEntryReason"]));

        Assert.True(late.Sign(ended + Day + TimeSpan.FromMinutes(1), Day, " Court all day ").Succeeded);
        Assert.Equal((true, "Court all day"), (late.IsLateEntry, late.LateEntryReason));
    }

    [Fact]
    public void An_addendum_goes_only_under_a_signed_note_with_its_own_author_and_time()
    {
        var note = NewNote();
        var toDraft = note.AddAddendum(Guid.CreateVersion7(), Supervisor, "Correction", Visit.AddHours(2));
        Assert.Equal((ResultKind.Refused, NoteMessages.AddendumOnlyToSigned), (toDraft.Kind, toDraft.Detail?.Code));

        note.Sign(Visit.AddHours(2), Day, null);
        var added = note.AddAddendum(Guid.CreateVersion7(), Supervisor, "  The son is 9, not 8.  ", Visit.AddDays(3));

        Assert.True(added.Succeeded);
        var addendum = added.Value!;
        Assert.Equal((note.Id, note.CaseId, Supervisor.Id, "Sam Supervisor", "The son is 9, not 8.", Visit.AddDays(3)),
            (addendum.NoteId, addendum.CaseId, addendum.AuthorId, addendum.AuthorName, addendum.Text, addendum.AddedAt));
    }

    [Fact]
    public void A_discarded_draft_is_gone_for_every_further_step()
    {
        var note = NewNote();
        Assert.True(note.Discard(Visit.AddHours(2)).Succeeded);

        Assert.Equal(NoteStatus.Discarded, note.Status);
        Assert.Equal(ResultKind.NotFound, note.Revise(Dap(), Visit.AddHours(3)).Kind);
        Assert.Equal(ResultKind.NotFound, note.Sign(Visit.AddHours(3), Day, null).Kind);
    }

    [Theory]
    [InlineData(NoteFormat.Narrative, new[] { NoteSectionKind.Narrative })]
    [InlineData(NoteFormat.Dap, new[] { NoteSectionKind.Data, NoteSectionKind.Assessment, NoteSectionKind.Plan })]
    [InlineData(NoteFormat.Soap, new[] { NoteSectionKind.Subjective, NoteSectionKind.Objective, NoteSectionKind.Assessment, NoteSectionKind.Plan })]
    [InlineData(NoteFormat.Birp, new[] { NoteSectionKind.Behavior, NoteSectionKind.Intervention, NoteSectionKind.Response, NoteSectionKind.Plan })]
    public void Each_format_has_its_own_sections(NoteFormat format, NoteSectionKind[] sections) => Assert.Equal(sections, NoteFormats.SectionsOf(format));

    [Theory]
    [InlineData(NoteType.HomeVisit, true)]
    [InlineData(NoteType.SchoolVisit, true)]
    [InlineData(NoteType.CollateralContact, true)]
    [InlineData(NoteType.Supervision, false)]
    [InlineData(NoteType.AttemptedContact, false)]
    [InlineData(NoteType.Other, false)]
    public void A_note_records_a_contact_only_where_its_type_is_one(NoteType type, bool isContact) => Assert.Equal(isContact, NoteTypes.ContactOf(type) is not null);
}
