using Casewell.Common;

namespace Casewell.Court;

/// <summary>What a report's period, court and sections may hold, checked the same for the page and the API.</summary>
public static class CourtReportRules
{
    /// <summary>A report covers at most this many years: a longer one is a case history, not a report to a hearing.</summary>
    public const int MaxPeriodYears = 5;

    public static void CheckDraft(Validation v, DateOnly? from, DateOnly? to, string? court, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (from is null) v.Add("From", new Message(CourtReportMessages.RequiredFrom));
        if (to is null) v.Add("To", new Message(CourtReportMessages.RequiredTo));
        if (from is { } f && to is { } t)
        {
            if (t < f) v.Add("To", new Message(CourtReportMessages.ToBeforeFrom));
            else if (LongerThanMax(f, t)) v.Add("To", new Message(CourtReportMessages.PeriodTooLong, MaxPeriodYears));
        }
        // A report says what happened: a period that ends after today would promise contacts not yet made.
        if (to is { } end && end > today) v.Add("To", new Message(CourtReportMessages.ToInFuture));
        CheckCourt(v, court);
    }

    // By years and days of the year rather than AddYears, which throws for a date near the calendar's end (9999-12-31).
    private static bool LongerThanMax(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        // 2000 is a leap year, so 29 February compares as itself.
        return years > MaxPeriodYears || (years == MaxPeriodYears && new DateOnly(2000, to.Month, to.Day) > new DateOnly(2000, from.Month, from.Day));
    }

    public static void CheckCourt(Validation v, string? court)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Required("Court", court, new Message(CourtReportMessages.RequiredCourt));
        v.SingleLine("Court", court, CourtReport.MaxCourtLength, new Message(CourtReportMessages.Court));
    }

    public static void CheckSections(Validation v, CourtReportSections? sections)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (sections is null) return;
        v.MultiLine("CaseDetails", sections.CaseDetails, CourtReport.MaxSectionLength, new Message(CourtReportMessages.CaseDetails));
        v.MultiLine("Household", sections.Household, CourtReport.MaxSectionLength, new Message(CourtReportMessages.Household));
        v.MultiLine("History", sections.History, CourtReport.MaxSectionLength, new Message(CourtReportMessages.History));
        v.MultiLine("Recommendations", sections.Recommendations, CourtReport.MaxRecommendationsLength, new Message(CourtReportMessages.Recommendations));
    }
}
