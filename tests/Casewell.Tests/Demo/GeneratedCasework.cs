using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Demo;
using Casewell.Identity;

namespace Casewell.Tests.Demo;

/// <summary>
/// A demo agency's people and casework generated in memory, without a database: what seed-demo would write.
/// Built once per test class, since the agency size takes a few seconds.
/// </summary>
public sealed class GeneratedCasework
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan History = TimeSpan.FromDays(8 * 365);

    internal GeneratedCasework(DemoSize size, bool build)
    {
        Scale = DemoScale.For(size);
        Calendar = new AgencyCalendar(new FixedClock(Now), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Today = Calendar.Today();
        var random = new DemoRandom(SeedDemoData.DefaultSeed);
        var people = new DemoPeople(random, Today);
        Agency = new DemoStaffing(random, people, Now).Build(Scale.Staff);
        var households = new DemoHouseholds(random, people);
        var roster = new List<DemoServedHousehold>();
        for (var clients = 0; clients < Scale.Clients;)
        {
            var household = households.Next();
            var registeredAt = Now - random.Within(History);
            var youngest = household.Members.Max(m => m.Details.BirthDate!.Value);
            var born = new DateTimeOffset(youngest.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            if (registeredAt < born) registeredAt = born;
            roster.Add(new DemoServedHousehold([.. household.Members.Select(_ => Guid.CreateVersion7(registeredAt))],
                [.. household.Members.Select(m => m.Details.BirthDate!.Value)], registeredAt));
            clients += household.Members.Count;
        }
        Roster = roster;
        Frequencies = SeededCaseTypes.All.ToDictionary(t => t.Id, t => t.ContactFrequencyDays);

        var caseRandom = new DemoRandom(SeedDemoData.DefaultSeed + 1);
        Plans = new DemoCasePlanner(caseRandom, Agency, Roster, Frequencies, Calendar, Now).Plan(Scale);
        if (!build) return;
        var staff = Agency.Staff.ToDictionary(s => s.Id, s => new StaffRef(s.Id, s.DisplayName));
        var intake = Agency.InRole(StaffRole.IntakeWorker).Select(s => s.Id).ToList();
        var builder = new DemoCaseBuilder(caseRandom, Calendar, Now, staff, intake, Frequencies);
        Files = [.. Plans.Select((p, i) => builder.Build(p, CaseNumberSequence.Format(2026, i + 1)))];
    }

    public GeneratedCasework() : this(DemoSize.Small, build: true) { }

    internal DemoScale Scale { get; }
    internal AgencyCalendar Calendar { get; }
    internal DateOnly Today { get; }
    internal DemoAgency Agency { get; }
    internal IReadOnlyList<DemoServedHousehold> Roster { get; }
    internal IReadOnlyDictionary<Guid, int?> Frequencies { get; }
    internal IReadOnlyList<DemoCasePlan> Plans { get; }
    internal IReadOnlyList<DemoCaseFile> Files { get; } = [];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
