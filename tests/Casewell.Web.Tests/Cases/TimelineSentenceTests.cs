using System.Globalization;
using Casewell.Cases;
using Casewell.Web.Cases;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Casewell.Web.Tests.Cases;

public class TimelineSentenceTests
{
    private static readonly IStringLocalizer<TimelineStrings> Words =
        new StringLocalizer<TimelineStrings>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly AgencyTime Time = new(new AgencyOptions());

    private static TimelineEntry Entry(CaseEventKind kind, string? subject = null, string? from = null, string? to = null) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UnixEpoch, kind, Guid.CreateVersion7(), "Rosa Worker", subject, from, to, null, null);

    [Fact]
    public void Every_kind_of_entry_has_its_sentence_and_its_label_in_the_filter()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        foreach (var kind in Enum.GetValues<CaseEventKind>())
        {
            Assert.False(Words[$"Entry_{kind}"].ResourceNotFound, $"No sentence for {kind}.");
            Assert.False(Words[$"Kind_{kind}"].ResourceNotFound, $"No filter label for {kind}.");
        }
    }

    [Theory]
    [InlineData(CaseEventKind.StatusChanged, null, "OnHold", "Open", "Rosa Worker changed the status from on hold to open.")]
    [InlineData(CaseEventKind.Closed, null, "Open", "ClientMoved", "Rosa Worker closed the case: the client moved.")]
    [InlineData(CaseEventKind.Unassigned, "Tom Helper", "Secondary", null, "Rosa Worker took Tom Helper off the case (secondary worker).")]
    [InlineData(CaseEventKind.TaskRescheduled, "Court report", "2026-03-05", "2026-03-12", "Rosa Worker moved the task “Court report” from 3/5/2026 to 3/12/2026.")]
    [InlineData(CaseEventKind.ContactRecorded, "HomeVisit", null, "2026-03-02", "Rosa Worker recorded a contact: home visit on 3/2/2026.")]
    [InlineData(CaseEventKind.MovedToTeam, "Intake West", null, null, "Rosa Worker moved the case to the team “Intake West”.")]
    [InlineData(CaseEventKind.HearingContinued, "Family Court", "2026-03-05", "2026-03-12", "Rosa Worker recorded that the court hearing at Family Court was continued from 3/5/2026 to 3/12/2026.")]
    public void An_entry_is_told_with_its_values_in_words(CaseEventKind kind, string? subject, string? from, string? to, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        Assert.Equal(expected, TimelineSentence.Of(Entry(kind, subject, from, to), Words, Time));
    }

    [Fact]
    public void A_kind_added_later_without_its_sentence_still_shows_by_name()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        Assert.Equal("Rosa Worker: 99.", TimelineSentence.Of(Entry((CaseEventKind)99), Words, Time));
    }
}
