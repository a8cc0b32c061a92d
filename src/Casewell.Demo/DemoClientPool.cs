namespace Casewell.Demo;

/// <summary>People a practice may serve, in the order the agency came to know them, so a past referral can only go to someone already registered.</summary>
internal sealed class DemoClientPool
{
    private readonly (int Household, int Member)[] people;
    private readonly DateTimeOffset[] registeredAt;

    public DemoClientPool(IEnumerable<(int Household, int Member)> people, IReadOnlyList<DemoServedHousehold> roster)
    {
        this.people = [.. people.OrderBy(p => roster[p.Household].RegisteredAt)];
        registeredAt = [.. this.people.Select(p => roster[p.Household].RegisteredAt)];
    }

    public (int Household, int Member) Any(DemoRandom random) => people[random.Between(0, people.Length - 1)];

    /// <summary>Someone registered by <paramref name="instant"/>, or null when nobody was yet.</summary>
    public (int Household, int Member)? RegisteredBefore(DateTimeOffset instant, DemoRandom random)
    {
        var index = Array.BinarySearch(registeredAt, instant);
        var known = index >= 0 ? index + 1 : ~index;
        return known == 0 ? null : people[random.Between(0, known - 1)];
    }
}
