namespace Casewell.Court;

/// <summary>
/// Puts a draft's facts into the words of the reader's language (the web's resources): the core compiles which facts
/// go into a report, the web says them. The worker edits the result, so it is saved as text.
/// </summary>
public abstract class CourtReportWording
{
    public abstract string CaseDetails(CourtReportFacts facts);

    public abstract string Household(CourtReportFacts facts);

    public abstract string History(CourtReportFacts facts);

    /// <summary>What a signed note says, as the report's contact line holds it: its sections under their names, then its addenda.</summary>
    public abstract string NoteSummary(CourtReportNote note);
}
