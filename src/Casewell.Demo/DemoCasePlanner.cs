using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Demo;

/// <summary>
/// Outlines the casework of the demo agency: today's caseloads (each worker's open cases, each team's queue),
/// the closed cases of past years, a few very long cases, and how many tasks and contacts each case saw, so
/// that the totals come out at the scale asked for.
/// </summary>
internal sealed class DemoCasePlanner(
    DemoRandom random,
    DemoAgency agency,
    IReadOnlyList<DemoServedHousehold> roster,
    IReadOnlyDictionary<Guid, int?> contactFrequencies,
    AgencyCalendar calendar,
    DateTimeOffset now)
{
    public const int LongTimelineContacts = 200;
    public const int LongTimelineTasks = 148;

    /// <summary>Workers contact clients somewhat more often than the case type requires, and call around them too.</summary>
    private const double ContactPace = 0.9;
    public const double CollateralShare = 0.1;

    /// <summary>Cases without a required frequency still see someone every six weeks or so.</summary>
    private const double UnscheduledContactDays = 45;

    private readonly DateOnly today = calendar.DateOf(now);
    private readonly HashSet<(Guid Client, Guid CaseType)> active = [];
    private DemoClientPool families = null!;
    private DemoClientPool adults = null!;
    private DemoClientPool olderAdults = null!;
    private DateTimeOffset historyStart;

    private sealed record DemoTeam(Guid Id, Guid ProgramId, DemoPractice Practice, Guid SupervisorId, IReadOnlyList<Guid> Workers);

    public List<DemoCasePlan> Plan(DemoScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        SortClientsIntoPools();
        var teams = agency.Teams.Select(t => new DemoTeam(t.Id, t.ProgramId!.Value, agency.PracticeOf(t.ProgramId.Value),
            t.Members.Single(m => m.IsSupervisor).StaffId, [.. t.Members.Where(m => !m.IsSupervisor).Select(m => m.StaffId)])).ToList();
        var longTimelineWorkers = teams.Where(t => t.Practice.TypicalDays >= 150).Select(t => t.Workers[0]).Take(scale.LongTimelines).ToHashSet();

        var plans = new List<DemoCasePlan>(scale.Cases);
        foreach (var team in teams)
        {
            foreach (var worker in team.Workers)
            {
                var caseload = random.Round(scale.OpenPerWorker * random.Uniform(0.8, 1.2));
                if (longTimelineWorkers.Contains(worker)) plans.Add(Active(team, worker, longTimeline: true));
                for (var i = longTimelineWorkers.Contains(worker) ? 1 : 0; i < caseload; i++) plans.Add(Active(team, worker, longTimeline: false));
            }
            for (var i = 0; i < scale.QueuedPerTeam; i++) plans.Add(Queued(team, DemoCaseFate.Queued));
            plans.Add(Queued(team, DemoCaseFate.ReturnedToQueue));
        }
        while (plans.Count < scale.Cases) plans.Add(Closed(random.Pick(teams)));

        MakeSureTheDemoShowsItsFeatures(plans, teams[0]);
        Budget(plans, scale);
        // Case numbers run in the order cases came in.
        return [.. plans.OrderBy(p => p.ReferredAt)];
    }

    private DemoCasePlan Active(DemoTeam team, Guid worker, bool longTimeline)
    {
        var practice = team.Practice;
        var roll = random.Uniform(0, 1);
        var fate = longTimeline ? DemoCaseFate.Open
            : roll < 0.02 ? DemoCaseFate.AwaitingOpening
            : roll < 0.05 ? DemoCaseFate.OnHold
            : roll < 0.08 ? DemoCaseFate.ClosureRequested
            : DemoCaseFate.Open;
        var ageDays = longTimeline ? random.Uniform(1500, 1650)
            : fate == DemoCaseFate.AwaitingOpening ? random.Uniform(0.5, 5)
            : random.Uniform(7, Math.Max(14, 1.3 * practice.TypicalDays));
        var lastStart = now - TimeSpan.FromDays(ageDays);
        var episodes = new List<DemoEpisode>();
        if (!longTimeline && fate != DemoCaseFate.AwaitingOpening && random.Chance(0.06))
        {
            var gap = TimeSpan.FromDays(random.Uniform(30, 400));
            var firstEnd = lastStart - gap;
            episodes.Add(new DemoEpisode(firstEnd - Duration(practice), firstEnd));
        }
        episodes.Add(new DemoEpisode(lastStart, null));
        var (client, members) = ClientFor(practice, episodes[0].Start, isActive: true)
            ?? throw new InvalidOperationException($"No client fits a {practice.Unit} case referred at {episodes[0].Start:O}.");
        var workers = Workers(team, worker, fate == DemoCaseFate.AwaitingOpening || ageDays < 30 ? 0 : Transfers());
        var frequency = contactFrequencies[practice.CaseTypeId];
        var openTasks = fate is DemoCaseFate.AwaitingOpening or DemoCaseFate.ClosureRequested ? 0
            : longTimeline ? 2
            : random.Uniform(0, 1) switch { < 0.2 => 0, < 0.55 => 1, < 0.85 => 2, _ => 3 };
        return new DemoCasePlan
        {
            Practice = practice,
            ProgramId = team.ProgramId,
            TeamId = team.Id,
            SupervisorId = team.SupervisorId,
            ClientId = client,
            MemberIds = members,
            Fate = fate,
            Episodes = episodes,
            Workers = workers,
            SecondaryWorkerId = fate != DemoCaseFate.AwaitingOpening && random.Chance(0.05) ? Secondary(team, workers) : null,
            Priority = longTimeline ? CasePriority.High : Priority(),
            Source = random.Pick(practice.Sources),
            LongTimeline = longTimeline,
            HadHold = fate is DemoCaseFate.Open or DemoCaseFate.ClosureRequested && ageDays > 60 && random.Chance(0.05),
            OpenTasks = openTasks,
            OverdueTasks = Enumerable.Range(0, openTasks).Count(_ => random.Chance(0.18)),
            ContactOverdue = !longTimeline && fate is DemoCaseFate.Open or DemoCaseFate.OnHold && frequency is { } days
                && ageDays > days + 30 && random.Chance(0.07),
        };
    }

    /// <summary>A referral waiting for a supervisor: new, or one whose worker was taken off it.</summary>
    private DemoCasePlan Queued(DemoTeam team, DemoCaseFate fate)
    {
        var practice = team.Practice;
        var start = now - TimeSpan.FromDays(fate == DemoCaseFate.Queued ? random.Uniform(0.1, 6) : random.Uniform(20, 60));
        var (client, members) = ClientFor(practice, start, isActive: true)
            ?? throw new InvalidOperationException($"No client fits a {practice.Unit} referral at {start:O}.");
        return new DemoCasePlan
        {
            Practice = practice,
            ProgramId = team.ProgramId,
            TeamId = team.Id,
            SupervisorId = team.SupervisorId,
            ClientId = client,
            MemberIds = members,
            Fate = fate,
            Episodes = [new DemoEpisode(start, null)],
            Workers = fate == DemoCaseFate.Queued ? [] : [random.Pick(team.Workers)],
            Priority = Priority(),
            Source = random.Pick(practice.Sources),
        };
    }

    private DemoCasePlan Closed(DemoTeam team)
    {
        var practice = team.Practice;
        var screenedOut = random.Chance(0.06);
        var spans = new List<TimeSpan>();
        if (screenedOut)
        {
            spans.Add(TimeSpan.FromDays(random.Uniform(1, 10)));
        }
        else
        {
            spans.Add(Duration(practice));
            if (random.Chance(0.07))
            {
                spans.Add(TimeSpan.FromDays(random.Uniform(30, 400)));
                spans.Add(Duration(practice));
            }
        }
        var whole = spans.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var picked = ClientWithin(practice, whole)
            ?? throw new InvalidOperationException($"No client fits a closed {practice.Unit} case of {whole.TotalDays:N0} days.");
        var episodes = new List<DemoEpisode> { new(picked.ReferredAt, picked.ReferredAt + spans[0]) };
        if (spans.Count == 3)
        {
            var reopened = episodes[0].End!.Value + spans[1];
            episodes.Add(new DemoEpisode(reopened, reopened + spans[2]));
        }
        var bySupervisor = random.Chance(0.1);
        var days = whole.TotalDays;
        List<Guid> workers = screenedOut ? [] : Workers(team, random.Pick(team.Workers), days < 30 ? 0 : Transfers());
        return new DemoCasePlan
        {
            Practice = practice,
            ProgramId = team.ProgramId,
            TeamId = team.Id,
            SupervisorId = team.SupervisorId,
            ClientId = picked.Client,
            MemberIds = picked.Members,
            Fate = screenedOut ? DemoCaseFate.ScreenedOut : DemoCaseFate.Closed,
            Episodes = episodes,
            Workers = workers,
            SecondaryWorkerId = !screenedOut && random.Chance(0.05) ? Secondary(team, workers) : null,
            Priority = Priority(),
            Source = random.Pick(practice.Sources),
            HadHold = !screenedOut && days > 60 && random.Chance(0.05),
            ClosedBySupervisor = bySupervisor,
            ClosureRejectedOnce = !screenedOut && !bySupervisor && random.Chance(0.03),
        };
    }

    /// <summary>
    /// The demo case worker has at least one overdue contact and two cases with overdue tasks, and the demo
    /// supervisor a closure to approve: the first screens a visitor sees should show what Casewell is for.
    /// </summary>
    private static void MakeSureTheDemoShowsItsFeatures(List<DemoCasePlan> plans, DemoTeam demoTeam)
    {
        var demoWorker = demoTeam.Workers[0];
        var mine = plans.Where(p => p.Fate == DemoCaseFate.Open && !p.LongTimeline && p.Workers[^1] == demoWorker).ToList();
        if (!mine.Any(p => p.ContactOverdue))
        {
            var candidate = mine.Where(p => p.Episodes.Count == 1).OrderBy(p => p.ReferredAt).FirstOrDefault();
            candidate?.ContactOverdue = true;
        }
        foreach (var plan in mine.Where(p => p.OverdueTasks == 0).Take(Math.Max(0, 2 - mine.Count(p => p.OverdueTasks > 0))))
        {
            plan.OpenTasks = Math.Max(plan.OpenTasks, 1);
            plan.OverdueTasks = 1;
        }
        if (!plans.Any(p => p.TeamId == demoTeam.Id && p.Fate == DemoCaseFate.ClosureRequested))
        {
            var closing = plans.FirstOrDefault(p => p.TeamId == demoTeam.Id && p.Fate == DemoCaseFate.Open && !p.LongTimeline
                && !p.ContactOverdue && p.OverdueTasks == 0 && p.Workers[^1] != demoWorker);
            if (closing is not null)
            {
                closing.Fate = DemoCaseFate.ClosureRequested;
                closing.OpenTasks = 0;
            }
        }
    }

    /// <summary>Contacts follow each case type's required frequency; tasks fill the rest of the scale's total, spread by days of service.</summary>
    private void Budget(List<DemoCasePlan> plans, DemoScale scale)
    {
        var contacts = 0L;
        var days = 0.0;
        var fixedTasks = 0L;
        foreach (var plan in plans)
        {
            if (plan.LongTimeline)
            {
                plan.Contacts = LongTimelineContacts;
                plan.Tasks = LongTimelineTasks;
                fixedTasks += plan.Tasks;
            }
            else
            {
                var serviceDays = plan.ServiceDays(now);
                var pace = contactFrequencies[plan.Practice.CaseTypeId] is { } frequency ? frequency * ContactPace : UnscheduledContactDays;
                plan.Contacts = random.Round(serviceDays / pace * (1 + CollateralShare));
                if (plan.Fate == DemoCaseFate.ReturnedToQueue) plan.Contacts = Math.Min(plan.Contacts, 3);
                fixedTasks += plan.OpenTasks;
                days += serviceDays;
            }
            contacts += plan.Contacts;
        }
        var perDay = Math.Max(0, (scale.TasksAndContacts - contacts - fixedTasks) / Math.Max(1, days));
        foreach (var plan in plans.Where(p => !p.LongTimeline))
            plan.Tasks = plan.OpenTasks + (plan.Fate == DemoCaseFate.ReturnedToQueue ? 0 : random.Round(perDay * plan.ServiceDays(now)));
    }

    private (Guid Client, IReadOnlyList<Guid> Members)? ClientFor(DemoPractice practice, DateTimeOffset referredAt, bool isActive)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var (h, m) = Candidate(practice.Clientele);
            var household = roster[h];
            if (household.RegisteredAt > referredAt - TimeSpan.FromHours(1)) continue;
            var members = Fits(practice, household, m, calendar.DateOf(referredAt));
            if (members is null) continue;
            // A family seldom has two open cases of one kind; in the small demo's few households it must happen now and then.
            if (isActive && !active.Add((household.ClientIds[m], practice.CaseTypeId)) && attempt < 100) continue;
            return (household.ClientIds[m], members);
        }
        return null;
    }

    /// <summary>
    /// A client and a referral time such that the whole case (<paramref name="span"/>) ended before today. The
    /// time is drawn first, evenly over the agency's history, so every past year had its share of cases.
    /// </summary>
    private (Guid Client, IReadOnlyList<Guid> Members, DateTimeOffset ReferredAt)? ClientWithin(DemoPractice practice, TimeSpan span)
    {
        var latest = now - span - TimeSpan.FromDays(3);
        if (latest <= historyStart) return null;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var referredAt = historyStart + (latest - historyStart) * random.Uniform(0, 1);
            var candidate = Pool(practice.Clientele).RegisteredBefore(referredAt - TimeSpan.FromHours(1), random);
            if (candidate is not var (h, m)) continue;
            var household = roster[h];
            var members = Fits(practice, household, m, calendar.DateOf(referredAt));
            if (members is null) continue;
            return (household.ClientIds[m], members, referredAt);
        }
        return null;
    }

    private (int Household, int Member) Candidate(DemoClientele clientele) => Pool(clientele).Any(random);

    private DemoClientPool Pool(DemoClientele clientele) => clientele switch
    {
        DemoClientele.Families => families,
        DemoClientele.FamiliesOrAdults => random.Chance(0.7) ? families : adults,
        DemoClientele.Adults => adults,
        DemoClientele.VulnerableAdults => random.Chance(0.7) ? olderAdults : adults,
        DemoClientele.Patients => random.Chance(0.55) ? olderAdults : adults,
        _ => olderAdults,
    };

    /// <summary>Whether the person suits the practice on the day of referral; if so, who else is on the case with them.</summary>
    private IReadOnlyList<Guid>? Fits(DemoPractice practice, DemoServedHousehold household, int member, DateOnly day)
    {
        var age = DemoServedHousehold.AgeOn(household.BirthDates[member], day);
        var bornBy = Enumerable.Range(0, household.ClientIds.Count).Where(i => i != member && household.BirthDates[i] <= day).ToList();
        var isFamilyCase = member == 0 && bornBy.Any(i => DemoServedHousehold.AgeOn(household.BirthDates[i], day) < 18);
        return practice.Clientele switch
        {
            DemoClientele.Families when age >= 18 && isFamilyCase => [.. bornBy.Select(i => household.ClientIds[i])],
            DemoClientele.FamiliesOrAdults when age >= 18 && isFamilyCase => [.. bornBy.Select(i => household.ClientIds[i])],
            DemoClientele.FamiliesOrAdults or DemoClientele.Adults when age is >= 18 and < 65 => [],
            DemoClientele.VulnerableAdults or DemoClientele.Patients when age >= 18 => [],
            DemoClientele.OlderAdults when age >= 60 => random.Chance(0.35)
                ? [.. bornBy.Where(i => DemoServedHousehold.AgeOn(household.BirthDates[i], day) >= 55).Select(i => household.ClientIds[i])]
                : [],
            _ => null,
        };
    }

    private void SortClientsIntoPools()
    {
        var familyPeople = new List<(int, int)>();
        var adultPeople = new List<(int, int)>();
        var olderPeople = new List<(int, int)>();
        for (var h = 0; h < roster.Count; h++)
        {
            var births = roster[h].BirthDates;
            if (births.Count > 1 && DemoServedHousehold.AgeOn(births[0], today) >= 18 && births.Skip(1).Any(b => DemoServedHousehold.AgeOn(b, today) < 18))
                familyPeople.Add((h, 0));
            for (var m = 0; m < births.Count; m++)
            {
                var age = DemoServedHousehold.AgeOn(births[m], today);
                if (age >= 62) olderPeople.Add((h, m));
                else if (age >= 18) adultPeople.Add((h, m));
            }
        }
        if (familyPeople.Count == 0 || adultPeople.Count == 0 || olderPeople.Count == 0)
            throw new InvalidOperationException("The generated people include no families, adults or older adults to open cases for.");
        families = new DemoClientPool(familyPeople, roster);
        adults = new DemoClientPool(adultPeople, roster);
        olderAdults = new DemoClientPool(olderPeople, roster);
        historyStart = roster.Min(h => h.RegisteredAt);
    }

    private TimeSpan Duration(DemoPractice practice) => TimeSpan.FromDays(Math.Max(7, practice.TypicalDays * random.Uniform(0.25, 1.75)));

    private int Transfers() => random.Uniform(0, 1) switch { < 0.82 => 0, < 0.96 => 1, _ => 2 };

    /// <summary>The workers who held the case in turn, ending with <paramref name="last"/>, none twice in a row.</summary>
    private List<Guid> Workers(DemoTeam team, Guid last, int transfers)
    {
        var workers = new List<Guid> { last };
        for (var i = 0; i < transfers && team.Workers.Count > 1; i++)
        {
            Guid earlier;
            do earlier = random.Pick(team.Workers); while (earlier == workers[0]);
            workers.Insert(0, earlier);
        }
        return workers;
    }

    private Guid? Secondary(DemoTeam team, IReadOnlyList<Guid> workers)
    {
        var others = team.Workers.Where(w => !workers.Contains(w)).ToList();
        return others.Count == 0 ? null : random.Pick(others);
    }

    private CasePriority Priority() => random.Uniform(0, 1) switch
    {
        < 0.15 => CasePriority.Low,
        < 0.65 => CasePriority.Medium,
        < 0.93 => CasePriority.High,
        _ => CasePriority.Urgent,
    };
}
