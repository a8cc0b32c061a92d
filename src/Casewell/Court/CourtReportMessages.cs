using Casewell.Common;

namespace Casewell.Court;

/// <summary>What court reports say, as codes the web words.</summary>
public static class CourtReportMessages
{
    public const string RequiredFrom = "CourtReport.RequiredFrom";
    public const string RequiredTo = "CourtReport.RequiredTo";
    public const string ToBeforeFrom = "CourtReport.ToBeforeFrom";
    public const string ToInFuture = "CourtReport.ToInFuture";
    [MessageArgs("years")] public const string PeriodTooLong = "CourtReport.PeriodTooLong";
    public const string RequiredCourt = "CourtReport.RequiredCourt";
    public const string Court = "CourtReport.Court";
    public const string CaseDetails = "CourtReport.CaseDetails";
    public const string Household = "CourtReport.Household";
    public const string History = "CourtReport.History";
    public const string Recommendations = "CourtReport.Recommendations";
    public const string NothingToReport = "CourtReport.NothingToReport";
    public const string UnknownHearing = "CourtReport.UnknownHearing";
    public const string ReadOnlyCase = "CourtReport.ReadOnlyCase";
    [MessageArgs("by")] public const string Changed = "CourtReport.Changed";
}
