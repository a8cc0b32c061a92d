using System.Text;
using Casewell.Court;
using Casewell.Web.Cases;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Court;

/// <summary>
/// Words a draft's compiled facts in the request's language, from the same resources the pages use: a status reads as
/// on the case page, a step of the case's history as on its timeline.
/// </summary>
internal sealed class CourtReportWordingFromResources(IStringLocalizer<CourtReportStrings> words, IStringLocalizer<CaseStrings> cases,
    IStringLocalizer<TimelineStrings> timeline, IStringLocalizer<Strings> common, IStringLocalizer<NotesStrings> notes, AgencyTime time) : CourtReportWording
{
    public override string CaseDetails(CourtReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder();
        Line(text, words["Details_Client", facts.ClientName]);
        if (facts.ClientBirthDate is { } born) Line(text, words["Details_BirthDate", time.Date(born)]);
        Line(text, words["Details_Case", facts.CaseNumber, facts.ProgramName, facts.CaseTypeName]);
        Line(text, words["Details_Status", cases[$"Status_{facts.Status}"]]);
        Line(text, words["Details_Referred", time.Date(facts.ReferredAt)]);
        if (facts.OpenedAt is { } opened) Line(text, words["Details_Opened", time.Date(opened)]);
        if (facts.ClosedAt is { } closed) Line(text, words["Details_Closed", time.Date(closed)]);
        foreach (var worker in facts.Workers) Line(text, words["Details_Worker", cases[$"Role_{worker.Role}"], worker.Name, time.Date(worker.Since)]);
        return text.ToString().TrimEnd();
    }

    public override string Household(CourtReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Household.Count == 0) return words["Household_None"];
        var text = new StringBuilder();
        foreach (var member in facts.Household) Line(text, words["Household_Member", member.Name, common[$"Relationship_{member.Relationship}"]]);
        return text.ToString().TrimEnd();
    }

    public override string History(CourtReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder();
        foreach (var entry in facts.History)
        {
            Line(text, words["History_Entry", time.Date(entry.OccurredAt), TimelineSentence.Of(entry, timeline, time)]);
            // The reason of a step a court asks about (why it was closed, why it was transferred), but not a referral's,
            // which the case details already summarize and may hold the reporter's words.
            if (entry.Reason is { } reason && entry.Kind != Casewell.Cases.CaseEventKind.Opened) Line(text, "    " + words["History_Reason", reason]);
        }
        return text.ToString().TrimEnd();
    }

    public override string NoteSummary(CourtReportNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var text = new StringBuilder();
        // A narrative note is one text and reads as it was written; the sections of the structured formats keep their names.
        if (note.Sections is [{ Kind: Casewell.Notes.NoteSectionKind.Narrative } narrative]) Line(text, narrative.Text.Trim());
        else foreach (var section in note.Sections) Line(text, words["Note_Section", notes[$"Section_{section.Kind}"], section.Text.Trim()]);
        foreach (var addendum in note.Addenda) Line(text, words["Note_Addendum", time.DateTime(addendum.AddedAt), addendum.AuthorName, addendum.Text]);
        return text.ToString().TrimEnd();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
