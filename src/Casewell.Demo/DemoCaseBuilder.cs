using Casewell.Cases;
using Casewell.Common;
using Casewell.Contacts;
using Casewell.Tasks;

namespace Casewell.Demo;

/// <summary>A generated case with everything done on it, ready to be written.</summary>
internal sealed record DemoCaseFile(Case Case, IReadOnlyList<CaseTask> Tasks, IReadOnlyList<CaseContact> Contacts)
{
    public int Rows => 1 + Case.Assignments.Count + Case.Members.Count + Case.NewEvents.Count + Tasks.Count + Contacts.Count;
}

/// <summary>
/// Plays out planned cases through the case's and the task's own methods, at the instants the plan gives
/// (never the clock), so every generated case has passed the same rules a real one does and its timeline
/// tells its story.
/// </summary>
internal sealed class DemoCaseBuilder(
    DemoRandom random,
    AgencyCalendar calendar,
    DateTimeOffset now,
    IReadOnlyDictionary<Guid, StaffRef> staff,
    IReadOnlyList<Guid> intakeWorkers,
    IReadOnlyDictionary<Guid, int?> contactFrequencies)
{
    private static readonly TimeOnly WorkdayStart = new(8, 0);
    private const int WorkdayMinutes = 9 * 60 + 30;

    /// <summary>When the nightly overdue sweep runs: what it notices carries this time on the timeline.</summary>
    private static readonly TimeOnly SweepHour = new(6, 0);

    public DateTimeOffset Now => now;
    public DemoRandom Random => random;
    public IReadOnlyDictionary<Guid, StaffRef> Staff => staff;

    public DemoCaseFile Build(DemoCasePlan plan, string caseNumber)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var intake = staff[random.Pick(intakeWorkers)];
        return new DemoCaseRun(this, plan, caseNumber, intake, contactFrequencies[plan.Practice.CaseTypeId]).Play();
    }

    public DateOnly Day(DateTimeOffset instant) => calendar.DateOf(instant);

    public DateTimeOffset SweepOn(DateOnly day) => calendar.At(day, SweepHour);

    public DateTimeOffset EndOfWorkday(DateOnly day) => calendar.At(day, new TimeOnly(17, 30));

    public DateTimeOffset WorkTime(DateOnly day) => calendar.At(day, WorkdayStart.AddMinutes(random.Between(0, WorkdayMinutes)));

    /// <summary>An instant strictly between the two, in working hours where the stretch allows it.</summary>
    public DateTimeOffset Between(DateTimeOffset earliest, DateTimeOffset latest)
    {
        if (latest <= earliest) throw new ArgumentException($"Nothing lies between {earliest:O} and {latest:O}.", nameof(latest));
        var instant = WorkTime(random.DateBetween(Day(earliest), Day(latest)));
        return instant > earliest && instant < latest ? instant : earliest + (latest - earliest) * random.Uniform(0.05, 0.95);
    }

    /// <summary>The same day's working hours near <paramref name="instant"/>, if that stays within the bounds.</summary>
    public DateTimeOffset Near(DateTimeOffset instant, DateTimeOffset earliest, DateTimeOffset latest)
    {
        var working = WorkTime(Day(instant));
        return working > earliest && working < latest ? working : instant;
    }
}
