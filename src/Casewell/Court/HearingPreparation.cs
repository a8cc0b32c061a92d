using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// The task of preparing for a hearing (the court report, the family's attendance, the attorneys' copies), made through
/// the case as every task is, so that the case counts it and its timeline says so; and moved or ended with the hearing.
/// </summary>
internal sealed class HearingPreparation(CasewellDbContext db, AgencyCalendar calendar, CourtHearingSettings settings)
{
    /// <summary>
    /// Adds the preparation task of a new hearing, for the case's primary worker; for the one scheduling it when the case
    /// has none yet (or theirs may no longer be given its tasks). A closed case takes no task: that refusal is the answer.
    /// </summary>
    public async Task<Result> AddAsync(CourtHearing hearing, Case @case, StaffRef actor, DateTimeOffset now, CancellationToken ct)
    {
        var eligible = TaskRules.EligibleAssignees(db, @case.Id, @case.TeamId).AsNoTracking();
        var assignee = await eligible.Where(u => u.Id == @case.PrimaryWorkerId).Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct)
            ?? await eligible.Where(u => u.Id == actor.Id).Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct)
            ?? actor;
        var due = settings.PreparationDue(calendar.DateOf(hearing.StartsAt), calendar.Today());
        // The court's name is the title: the kind says "court preparation" in the reader's language, the date is the due date's reason.
        var task = new CaseTask(Guid.CreateVersion7(now), @case.Id, CaseTaskKind.CourtPreparation, Title(hearing.Court), null, due, assignee, actor, now);
        var added = @case.AddTask(task, actor, now);
        if (added.Failed) return added;
        db.Tasks.Add(task);
        hearing.PreparedBy(task.Id);
        return Result.Ok();
    }

    /// <summary>After a continuance: the open preparation task falls due before the new date instead.</summary>
    public async Task MoveAsync(CourtHearing hearing, Case @case, StaffRef actor, DateTimeOffset now, CancellationToken ct)
    {
        if (await OpenTaskAsync(hearing, ct) is not { } task) return;
        var due = settings.PreparationDue(calendar.DateOf(hearing.StartsAt), calendar.Today());
        if (due != task.DueOn) @case.RescheduleTask(task, due, actor, now);
    }

    /// <summary>After the hearing was held (the preparation is done) or cancelled (it is not needed): ends the open task.</summary>
    public async Task EndAsync(CourtHearing hearing, Case @case, bool held, string? reason, StaffRef actor, DateTimeOffset now, CancellationToken ct)
    {
        if (await OpenTaskAsync(hearing, ct) is not { } task) return;
        if (held) @case.CompleteTask(task, actor, null, now);
        else @case.CancelTask(task, actor, reason, now);
    }

    private async Task<CaseTask?> OpenTaskAsync(CourtHearing hearing, CancellationToken ct) =>
        hearing.PreparationTaskId is { } id
            ? await db.Tasks.SingleOrDefaultAsync(t => t.Id == id && t.Status == CaseTaskStatus.Open, ct)
            : null;

    private static string Title(string court) => court.Length <= CaseTask.MaxTitleLength ? court : court[..CaseTask.MaxTitleLength];
}
