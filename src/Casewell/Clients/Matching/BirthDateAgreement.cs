using System.Globalization;
using Casewell.Common;

namespace Casewell.Clients.Matching;

/// <summary>Scores how well two dates of birth agree, allowing for the usual intake errors and guesses.</summary>
internal static class BirthDateAgreement
{
    // 32 rather than a round 30 so that a correct date with a one-letter typo or a nickname reaches Likely.
    private const double SameDate = 32;
    private const double DayMonthSwapped = 20;
    private const double OneDigitDifferent = 18;
    private const double ApproximateWithinRange = 15;
    private const double SameYear = 8;
    private const double FarApart = -25;
    private const int ApproximateYears = 2;

    public static double Points(MatchSubject query, MatchSubject candidate, List<MatchReason> reasons)
    {
        if (query.BirthDate is not { } a || candidate.BirthDate is not { } b) return 0;
        var yearGap = Math.Abs(a.Year - b.Year);

        // A date recorded as approximate is a guess from an age or a year: only the year carries meaning.
        if (query.BirthDatePrecision == BirthDatePrecision.Approximate || candidate.BirthDatePrecision == BirthDatePrecision.Approximate)
        {
            if (yearGap > ApproximateYears) return 0;
            reasons.Add(new(MatchReasonKind.BirthYearClose, new Message(MatchMessages.BirthYearClose, ApproximateYears)));
            return ApproximateWithinRange;
        }

        if (a == b)
        {
            reasons.Add(new(MatchReasonKind.SameBirthDate, new Message(MatchMessages.SameBirthDate)));
            return SameDate;
        }
        if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
        {
            reasons.Add(new(MatchReasonKind.BirthDateDayMonthSwapped, new Message(MatchMessages.BirthDateDayMonthSwapped)));
            return DayMonthSwapped;
        }
        if (DifferingDigits(a, b) == 1)
        {
            reasons.Add(new(MatchReasonKind.BirthDateOneDigitDifferent, new Message(MatchMessages.BirthDateOneDigitDifferent, Show(a), Show(b))));
            return OneDigitDifferent;
        }
        if (yearGap == 0)
        {
            reasons.Add(new(MatchReasonKind.SameBirthYear, new Message(MatchMessages.SameBirthYear)));
            return SameYear;
        }
        if (yearGap > ApproximateYears)
        {
            reasons.Add(new(MatchReasonKind.BirthDatesFarApart, new Message(MatchMessages.BirthDatesFarApart, ApproximateYears, Show(a), Show(b))));
            return FarApart;
        }
        return 0;
    }

    // Digits of yyyyMMdd as typed on a form: a single slip of the keyboard changes exactly one.
    private static int DifferingDigits(DateOnly a, DateOnly b)
    {
        var x = (a.Year * 10000) + (a.Month * 100) + a.Day;
        var y = (b.Year * 10000) + (b.Month * 100) + b.Day;
        var differing = 0;
        for (var i = 0; i < 8; i++)
        {
            if (x % 10 != y % 10) differing++;
            x /= 10;
            y /= 10;
        }
        return differing;
    }

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
