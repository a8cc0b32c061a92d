using Casewell.Cases;
using Casewell.Common;
using Casewell.Contacts;
using Casewell.Tasks;

namespace Casewell.Demo;

/// <summary>
/// One case played out: the plan's lifecycle steps, contacts and tasks are scheduled, then applied in time
/// order through the entities' methods. A step the rules refuse stops the generator, so a bug here cannot
/// produce a case the application could not have made.
/// </summary>
internal sealed class DemoCaseRun(DemoCaseBuilder builder, DemoCasePlan plan, string caseNumber, StaffRef intake, int? frequency)
{
    private readonly DemoRandom random = builder.Random;
    private readonly List<(DateTimeOffset At, int Order, Action Apply)> steps = [];
    private readonly List<CaseTask> tasks = [];
    private readonly List<CaseContact> contacts = [];
    private readonly StaffRef supervisor = builder.Staff[plan.SupervisorId];
    private Case @case = null!;
    private int contactsPlanned;
    private int tasksPlanned;

    /// <summary>The primary worker at the step being applied.</summary>
    private StaffRef worker = null!;

    public DemoCaseFile Play()
    {
        var practice = plan.Practice;
        var needs = random.Chance(0.7) ? string.Join(", ", Enumerable.Range(0, random.Between(1, 3)).Select(_ => random.Pick(practice.Needs)).Distinct()) : null;
        var intakeDetails = new CaseIntake(plan.ClientId, plan.ProgramId, plan.TeamId, practice.CaseTypeId, plan.Priority, plan.Source,
            random.Pick(practice.ReferralReasons), needs, plan.MemberIds);
        @case = new Case(Guid.CreateVersion7(plan.ReferredAt), caseNumber, intakeDetails, intake, plan.ReferredAt);
        @case.ScheduleNextContact(frequency, builder.Day(plan.ReferredAt));

        if (plan.Fate == DemoCaseFate.ScreenedOut)
        {
            var end = plan.Episodes[0].End!.Value;
            At(end, () => Check(@case.Close(random.Pick(DemoCaseVocabulary.ScreenedOutReasons), ClosureOutcome.ScreenedOut, needsApproval: false, supervisor, end)));
        }
        else if (plan.Fate != DemoCaseFate.Queued)
        {
            Worked();
        }

        foreach (var (at, _, apply) in steps.OrderBy(s => s.At).ThenBy(s => s.Order))
        {
            NoticeOverdueContact(at);
            apply();
        }
        NoticeOverdueContact(builder.Now);
        return new DemoCaseFile(@case, tasks, contacts);
    }

    private void Worked()
    {
        var episodes = plan.Episodes;
        var first = builder.Staff[plan.Workers[0]];
        var firstEnd = episodes[0].End ?? builder.Now;
        var lead = Shortest(TimeSpan.FromDays(3), (firstEnd - plan.ReferredAt) * 0.1);
        var assignAt = builder.Between(plan.ReferredAt, plan.ReferredAt + lead);
        At(assignAt, () =>
        {
            Check(@case.AssignPrimary(first, null, supervisor, assignAt, () => Guid.CreateVersion7(assignAt)));
            worker = first;
        });
        if (plan.Fate == DemoCaseFate.AwaitingOpening) return;
        var openAt = builder.Between(assignAt, assignAt + lead);
        At(openAt, () => Check(@case.Open(worker, openAt)));

        var windows = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        for (var k = 0; k < episodes.Count; k++)
        {
            var start = k == 0 ? openAt : episodes[k].Start;
            if (k > 0)
            {
                At(start, () => Check(@case.Reopen(random.Pick(DemoCaseVocabulary.ReopenReasons), supervisor, start, frequency, builder.Day(start))));
            }
            windows.Add((start, Closing(episodes[k], start, isLast: k == episodes.Count - 1)));
        }

        var (lastStart, lastEnd) = windows[^1];
        Transfers(lastStart, lastEnd);
        if (plan.SecondaryWorkerId is { } secondary)
        {
            var at = lastStart + (lastEnd - lastStart) * random.Uniform(0.05, 0.5);
            At(at, () => Check(@case.AddSecondary(builder.Staff[secondary], supervisor, at, () => Guid.CreateVersion7(at))));
        }
        if (plan.HadHold) Hold(lastStart, lastEnd);

        var total = windows.Sum(w => (w.End - w.Start).TotalDays);
        var resolvedTasks = plan.Tasks - plan.OpenTasks;
        for (var k = 0; k < windows.Count; k++)
        {
            var (start, end) = windows[k];
            var share = total <= 0 ? 0 : (end - start).TotalDays / total;
            var isLast = k == windows.Count - 1;
            Contacts(start, end, isLast ? plan.Contacts - contactsPlanned : random.Round(plan.Contacts * share), isLast);
            ResolvedTasks(start, end, isLast ? resolvedTasks - tasksPlanned : random.Round(resolvedTasks * share));
            if (isLast && plan.IsActive) OpenTasks(start);
        }
    }

    /// <summary>Schedules how the episode ends (closure, a closure request, the worker taken off) and returns when its work stops.</summary>
    private DateTimeOffset Closing(DemoEpisode episode, DateTimeOffset start, bool isLast)
    {
        var end = episode.End ?? builder.Now;
        var span = end - start;
        DateTimeOffset Before(double maxDays) => end - Shortest(TimeSpan.FromDays(maxDays), span * 0.25) * random.Uniform(0.05, 1);

        if (episode.End is { } closedAt)
        {
            var outcome = Outcome();
            var reason = DemoCaseVocabulary.ClosureReason(outcome);
            if (plan.ClosedBySupervisor)
            {
                At(closedAt, () => Check(@case.Close(reason, outcome, needsApproval: false, supervisor, closedAt)));
                return closedAt - Shortest(TimeSpan.FromHours(2), span * 0.05);
            }
            var requestedAt = Before(isLast && plan.ClosureRejectedOnce ? 15 : 4);
            At(requestedAt, () => Check(@case.Close(reason, outcome, needsApproval: true, worker, requestedAt)));
            if (isLast && plan.ClosureRejectedOnce)
            {
                var rejectedAt = requestedAt + (closedAt - requestedAt) * random.Uniform(0.2, 0.4);
                var againAt = requestedAt + (closedAt - requestedAt) * random.Uniform(0.6, 0.9);
                At(rejectedAt, () => Check(@case.RejectClosure(random.Pick(DemoCaseVocabulary.RejectionReasons), supervisor, supervises: true, rejectedAt)));
                At(againAt, () => Check(@case.Close(reason, outcome, needsApproval: true, worker, againAt)));
            }
            At(closedAt, () => Check(@case.ApproveClosure(supervisor, supervises: true, closedAt)));
            return requestedAt;
        }

        switch (plan.Fate)
        {
            case DemoCaseFate.ClosureRequested:
                {
                    var requestedAt = Before(5);
                    var outcome = Outcome();
                    At(requestedAt, () => Check(@case.Close(DemoCaseVocabulary.ClosureReason(outcome), outcome, needsApproval: true, worker, requestedAt)));
                    return requestedAt;
                }
            case DemoCaseFate.ReturnedToQueue:
                {
                    var unassignedAt = Before(5);
                    At(unassignedAt, () => Check(@case.Unassign(worker.Id, DemoCaseVocabulary.ReturnedToQueueReason, supervisor, unassignedAt)));
                    return unassignedAt;
                }
            case DemoCaseFate.OnHold:
                {
                    var heldAt = Before(30);
                    At(heldAt, () => Check(@case.PutOnHold(random.Pick(DemoCaseVocabulary.HoldReasons), worker, heldAt)));
                    return end;
                }
            default:
                return end;
        }
    }

    private void Transfers(DateTimeOffset start, DateTimeOffset end)
    {
        var times = plan.Workers.Skip(1).Select(_ => start + (end - start) * random.Uniform(0.1, 0.9)).Order().ToList();
        for (var i = 0; i < times.Count; i++)
        {
            var at = times[i];
            var next = builder.Staff[plan.Workers[i + 1]];
            var reason = random.Pick(DemoCaseVocabulary.TransferReasons);
            At(at, () =>
            {
                Check(@case.AssignPrimary(next, reason, supervisor, at, () => Guid.CreateVersion7(at)));
                var previous = worker;
                worker = next;
                // The supervisor gives the new worker the open tasks too, as the task page would, each on the timeline.
                foreach (var task in tasks.Where(t => t.IsOpen && t.AssignedToId == previous.Id))
                    Check(@case.ReassignTask(task, next, supervisor, at));
            });
        }
    }

    private void Hold(DateTimeOffset start, DateTimeOffset end)
    {
        var heldAt = start + (end - start) * random.Uniform(0.2, 0.6);
        var resumedAt = heldAt + Shortest(TimeSpan.FromDays(45), (end - start) * 0.25) * random.Uniform(0.3, 1);
        At(heldAt, () => Check(@case.PutOnHold(random.Pick(DemoCaseVocabulary.HoldReasons), worker, heldAt)));
        At(resumedAt, () => Check(@case.Resume(random.Pick(DemoCaseVocabulary.ResumeReasons), worker, resumedAt)));
    }

    /// <summary>Spread evenly with some give, so a worker who keeps pace stays within the required frequency.</summary>
    private void Contacts(DateTimeOffset start, DateTimeOffset end, int count, bool isLast)
    {
        contactsPlanned += count;
        var until = end;
        if (isLast && plan.ContactOverdue && frequency is { } days)
        {
            // Nobody has seen this client for longer than the case type allows.
            until = builder.Now - TimeSpan.FromDays(days + random.Uniform(2, 25));
            if (until <= start) return;
        }
        for (var i = 0; i < count; i++)
        {
            var at = builder.Near(start + (until - start) * ((i + 0.5 + random.Uniform(-0.35, 0.35)) / count), start, until);
            var kind = PickContactKind();
            var summary = random.Pick(DemoCaseVocabulary.ContactSummaries[kind]);
            var recordedAt = at + TimeSpan.FromMinutes(random.Between(10, 600));
            if (recordedAt > builder.Now) recordedAt = builder.Now;
            At(at, () =>
            {
                var contact = new CaseContact(Guid.CreateVersion7(at), @case.Id, at, kind, worker, summary, recordedAt);
                contacts.Add(contact);
                // The generated required-contact tasks are resolved on their own schedule, not by the contact.
                @case.RecordContact(contact, frequency, builder.Day(at), []);
            });
        }
    }

    /// <summary>Tasks done (or dropped) within the episode: most on time, some late after the sweep noticed them.</summary>
    private void ResolvedTasks(DateTimeOffset start, DateTimeOffset end, int count)
    {
        tasksPlanned += count;
        for (var i = 0; i < count; i++)
        {
            var createdAt = builder.Near(start + (end - start) * random.Uniform(0, 0.9), start, end);
            var due = builder.Day(createdAt).AddDays(random.Between(2, 30));
            var resolvedAt = random.Chance(0.15)
                ? builder.WorkTime(due.AddDays(random.Between(1, 14)))
                : builder.Between(createdAt, builder.EndOfWorkday(due));
            if (resolvedAt >= end || resolvedAt <= createdAt) resolvedAt = createdAt + (end - createdAt) * random.Uniform(0.3, 0.9);
            var cancelled = random.Chance(0.05);
            var task = NewTask(createdAt, due);
            if (builder.Day(resolvedAt) > due) Overdue(task, due, createdAt, resolvedAt);
            At(resolvedAt, () => Resolve(task(), cancelled, resolvedAt));
        }
    }

    /// <summary>Tasks open today: most due soon, some already overdue.</summary>
    private void OpenTasks(DateTimeOffset start)
    {
        var today = builder.Day(builder.Now);
        for (var i = 0; i < plan.OpenTasks; i++)
        {
            if (i < plan.OverdueTasks)
            {
                var due = today.AddDays(-random.Between(1, 20));
                var createdAt = builder.WorkTime(due.AddDays(-random.Between(3, 14)));
                if (createdAt > start)
                {
                    var task = NewTask(createdAt, due);
                    Overdue(task, due, createdAt, builder.Now);
                    continue;
                }
            }
            var earliest = start > builder.Now - TimeSpan.FromDays(20) ? start : builder.Now - TimeSpan.FromDays(20);
            var created = builder.Between(earliest, builder.Now - TimeSpan.FromMinutes(10));
            var soon = builder.Day(created).AddDays(2);
            NewTask(created, (soon > today ? soon : today).AddDays(random.Between(0, 20)));
        }
    }

    /// <summary>Schedules a task's creation; the returned function gives the task once that step has run.</summary>
    private Func<CaseTask> NewTask(DateTimeOffset createdAt, DateOnly due)
    {
        var (kind, title) = random.Pick(plan.Practice.Tasks);
        var bySupervisor = random.Chance(0.2);
        CaseTask? task = null;
        At(createdAt, () =>
        {
            var by = bySupervisor ? supervisor : worker;
            task = new CaseTask(Guid.CreateVersion7(createdAt), @case.Id, kind, title, null, due, worker, by, createdAt);
            Check(@case.AddTask(task, by, createdAt));
            tasks.Add(task);
        });
        return () => task ?? throw new InvalidOperationException("A task step ran before the task was created.");
    }

    /// <summary>The nightly sweep notices a task past due, once, the morning after its due date.</summary>
    private void Overdue(Func<CaseTask> task, DateOnly due, DateTimeOffset createdAt, DateTimeOffset resolvedAt)
    {
        var day = due.AddDays(1);
        var sweep = builder.SweepOn(day);
        if (sweep <= createdAt || sweep >= resolvedAt) return;
        At(sweep, () =>
        {
            @case.MarkTaskOverdue(task(), day, sweep);
        });
    }

    private void Resolve(CaseTask task, bool cancelled, DateTimeOffset at)
    {
        var by = new StaffRef(task.AssignedToId, task.AssignedToName);
        Check(cancelled
            ? @case.CancelTask(task, by, random.Pick(DemoCaseVocabulary.CancelNotes), at)
            : @case.CompleteTask(task, by, random.Chance(0.4) ? random.Pick(DemoCaseVocabulary.TaskNotes) : null, at));
    }

    /// <summary>What the nightly sweep would have noted by <paramref name="instant"/>: the required contact gone overdue.</summary>
    private void NoticeOverdueContact(DateTimeOffset instant)
    {
        if (!@case.IsActive || @case.NextContactDue is not { } due || @case.ContactOverdueSince is not null) return;
        var day = due.AddDays(1);
        var sweep = builder.SweepOn(day);
        if (sweep < instant) @case.MarkContactOverdue(day, sweep);
    }

    private ContactKind PickContactKind()
    {
        if (random.Chance(DemoCasePlanner.CollateralShare / (1 + DemoCasePlanner.CollateralShare)))
            return plan.Practice.Unit is "CPS" or "RES" or "RSS" && random.Chance(0.25) ? ContactKind.Court : ContactKind.Collateral;
        return random.Uniform(0, 1) switch
        {
            < 0.55 => plan.Practice.UsualContact,
            < 0.77 => ContactKind.Phone,
            < 0.87 => ContactKind.HomeVisit,
            < 0.95 => ContactKind.Video,
            < 0.98 => ContactKind.OfficeVisit,
            < 0.99 => ContactKind.Crisis,
            _ => ContactKind.Other,
        };
    }

    private ClosureOutcome Outcome()
    {
        var roll = random.Uniform(0, 1);
        var deceased = plan.Practice.Clientele is DemoClientele.OlderAdults or DemoClientele.Patients or DemoClientele.VulnerableAdults ? 0.06 : 0.005;
        return roll switch
        {
            _ when roll < deceased => ClosureOutcome.Deceased,
            < 0.42 => ClosureOutcome.GoalsMet,
            < 0.60 => ClosureOutcome.GoalsPartiallyMet,
            < 0.68 => ClosureOutcome.ClientDeclined,
            < 0.75 => ClosureOutcome.ClientMoved,
            < 0.79 => ClosureOutcome.TransferredToAnotherAgency,
            < 0.86 => ClosureOutcome.ReferredElsewhere,
            < 0.92 => ClosureOutcome.UnableToLocate,
            < 0.97 => ClosureOutcome.NoLongerEligible,
            _ => ClosureOutcome.Other,
        };
    }

    private void At(DateTimeOffset at, Action apply) => steps.Add((at, steps.Count, apply));

    private void Check(Result result)
    {
        if (result.Failed) throw new InvalidOperationException($"Demo case {caseNumber}: {result.Detail?.ToString() ?? string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
    }

    private static TimeSpan Shortest(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
