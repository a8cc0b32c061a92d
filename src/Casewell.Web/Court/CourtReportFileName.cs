using System.Globalization;
using System.Text;
using Casewell.Court;

namespace Casewell.Web.Court;

/// <summary>
/// The name a downloaded report is saved under: made by Casewell from the case number and the period's end, in letters,
/// digits and hyphens only, so that no stored text can put a path, a quote or a header break into it. No client name:
/// a file name shows in download lists and in mail, where the report itself would not be read.
/// </summary>
internal static class CourtReportFileName
{
    public static string Of(CourtReportView report, string extension)
    {
        ArgumentNullException.ThrowIfNull(report);
        var number = new StringBuilder();
        foreach (var c in report.Case.CaseNumber) number.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return $"court-report-{number}-{report.PeriodTo.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{extension}";
    }
}
