namespace Casewell.Demo;

/// <summary>
/// A household already registered as clients, as the case generator needs it: who is in it (in the order the
/// household was made: the parent or eldest first), born when, and since when the agency knows them.
/// </summary>
internal sealed record DemoServedHousehold(IReadOnlyList<Guid> ClientIds, IReadOnlyList<DateOnly> BirthDates, DateTimeOffset RegisteredAt)
{
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }
}
