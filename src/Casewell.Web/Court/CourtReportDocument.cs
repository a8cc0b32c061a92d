using Casewell.Court;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Court;

/// <summary>
/// A saved report laid out once, in words, for both files: the Word and the PDF writers draw the same title, lines,
/// sections and table from here, so the two cannot say different things.
/// </summary>
internal sealed record CourtReportDocument(string Title, IReadOnlyList<string> Heading, IReadOnlyList<CourtReportDocument.Section> Sections,
    string PageWord, string PageOfFormat)
{
    /// <summary>A heading and its paragraphs, or its table (the contacts).</summary>
    public sealed record Section(string Heading, IReadOnlyList<string> Paragraphs, Table? Table = null);

    public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

    public static CourtReportDocument Of(CourtReportView report, IStringLocalizer<CourtReportStrings> words, IStringLocalizer<TasksStrings> kinds,
        IStringLocalizer<NotesStrings> notes, AgencyTime time)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(time);
        string[] heading =
        [
            words["Doc_Court", report.Court],
            words["Doc_Client", report.Case.ClientName],
            words["Doc_Case", report.Case.CaseNumber],
            words["Doc_Period", time.Date(report.PeriodFrom), time.Date(report.PeriodTo)],
            words["Doc_PreparedBy", report.LastChangedByName, time.Date(report.LastChangedAt)],
        ];
        var contacts = new Table(
            [words["Col_Date"], words["Col_Type"], words["Col_Participants"], words["Col_Summary"]],
            [.. report.Contacts.Select(c => (IReadOnlyList<string>)[time.DateTime(c.OccurredAt), TypeOf(c, kinds, notes), c.Participants, c.Summary])]);
        Section[] sections =
        [
            new(words["Section_CaseDetails"], Paragraphs(report.Sections.CaseDetails, words)),
            new(words["Section_Household"], Paragraphs(report.Sections.Household, words)),
            new(words["Section_History"], Paragraphs(report.Sections.History, words)),
            new(words["Section_Contacts"], [], contacts),
            new(words["Section_Recommendations"], Paragraphs(report.Sections.Recommendations, words)),
        ];
        return new CourtReportDocument(words["Doc_Title"], heading, sections, words["Doc_PageWord"], words["Doc_Page"]);
    }

    /// <summary>The note's type where the contact came from one (a school visit, an attempt), else the contact's kind.</summary>
    public static string TypeOf(CourtReportContact contact, IStringLocalizer<TasksStrings> kinds, IStringLocalizer<NotesStrings> notes) =>
        contact.NoteType is { } type ? notes[$"Type_{type}"] : kinds[$"ContactKind_{contact.Kind}"];

    /// <summary>One paragraph per line the worker wrote; an empty section says so rather than leaving a bare heading.</summary>
    private static string[] Paragraphs(string text, IStringLocalizer<CourtReportStrings> words)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines.Count == 0 ? [words["Doc_None"]] : [.. lines];
    }
}
