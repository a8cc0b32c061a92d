namespace Casewell.Cases;

/// <summary>
/// The last case number given out in a year. Case numbers ("2026-000123") are what workers say on the phone
/// and write on court forms, so they are short, sequential and never reused.
/// </summary>
public sealed class CaseNumberSequence
{
    private CaseNumberSequence() { }

    public CaseNumberSequence(int year) => Year = year;

    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    public string Next()
    {
        LastNumber++;
        return Format(Year, LastNumber);
    }

    public static string Format(int year, int number) => FormattableString.Invariant($"{year}-{number:000000}");
}
