using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

public enum CaseTransition
{
    Open,
    PutOnHold,
    Resume,
    Close,
    ApproveClosure,
    RejectClosure,
    Reopen,
}

/// <summary>
/// Moves a case along its lifecycle. Closing needs a reason and an outcome, refuses while tasks are open
/// (unless the worker cancels them in the same step) and, where the program asks for it, waits for a
/// supervisor of the case's team to approve. ExpectedVersion is the version the user saw: a newer one means
/// someone else changed the case meanwhile.
/// </summary>
public sealed record TransitionCase(
    Guid CaseId,
    CaseTransition Transition,
    int? ExpectedVersion,
    string? Reason = null,
    ClosureOutcome? Outcome = null,
    bool CancelOpenTasks = false);

public sealed class TransitionCaseHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar)
{
    public async Task<Result> Handle(TransitionCase request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Transition)) return Result.Invalid("Transition", "Choose what to do with the case.");
        if (Case.ReasonText(request.Reason) is { } badReason) return badReason;
        var (@case, failure) = await CaseChange.LoadAsync(db, access, request.CaseId, request.ExpectedVersion, ct);
        if (@case is null) return failure!;
        var versionLoaded = @case.Version;
        var now = clock.GetUtcNow();
        var actor = access.Actor;
        var reason = request.Reason ?? "";

        var outcome = request.Transition switch
        {
            CaseTransition.Open => @case.Open(actor, now),
            CaseTransition.PutOnHold => @case.PutOnHold(reason, actor, now),
            CaseTransition.Resume => @case.Resume(request.Reason, actor, now),
            CaseTransition.Close => await CloseAsync(@case, request, ct),
            CaseTransition.ApproveClosure => await AsSupervisorAsync(@case, async () => @case.ApproveClosure(actor, now, await OpenTaskCountAsync(@case.Id, ct)), ct),
            CaseTransition.RejectClosure => await AsSupervisorAsync(@case, () => Task.FromResult(@case.RejectClosure(reason, actor, now)), ct),
            CaseTransition.Reopen => @case.Reopen(reason, actor, now, await ContactFrequencyAsync(@case, ct), calendar.Today()),
            _ => Result.Invalid("Transition", "Choose what to do with the case."),
        };
        if (outcome.Failed) return outcome;
        return await CaseChange.SaveAsync(db, @case, versionLoaded, ct, @case.Status == CaseStatus.Closed ? NoTaskAddedMeanwhileAsync : null);

        // The open tasks were counted before the save; someone may have added one since, on the tasks page.
        async Task<string?> NoTaskAddedMeanwhileAsync(CancellationToken token) =>
            await OpenTaskCountAsync(@case.Id, token) > 0
                ? "Someone added a task to this case while you were closing it; nothing was saved. Complete or cancel the task, then close the case."
                : null;
    }

    private async Task<Result> CloseAsync(Case @case, TransitionCase request, CancellationToken ct)
    {
        if (request.Outcome is null) return Result.Invalid("Outcome", "Choose the outcome.");
        var now = clock.GetUtcNow();
        var openTasks = await db.Tasks.Where(t => t.CaseId == @case.Id && t.Status == CaseTaskStatus.Open).ToListAsync(ct);
        if (request.CancelOpenTasks && @case.PendingClosure is null && !string.IsNullOrWhiteSpace(request.Reason))
        {
            foreach (var task in openTasks)
            {
                task.Cancel(access.Actor, "Cancelled when the case was closed", now);
                @case.AddEvent(new CaseEvent(Ids.New(clock), @case.Id, now, access.Actor, CaseEventKind.TaskCancelled, @case.Version + 1, subject: task.Title, relatedId: task.Id));
            }
            openTasks.Clear();
        }
        var program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == @case.ProgramId, ct);
        var needsApproval = program.ClosureRequiresApproval && !await access.SupervisesAsync(@case, ct);
        return @case.Close(request.Reason ?? "", request.Outcome.Value, openTasks.Count, needsApproval, access.Actor, now);
    }

    private async Task<Result> AsSupervisorAsync(Case @case, Func<Task<Result>> decide, CancellationToken ct) =>
        await access.SupervisesAsync(@case, ct) ? await decide() : Result.Refused("Only a supervisor of the case's team may decide on its closure.");

    private Task<int> OpenTaskCountAsync(Guid caseId, CancellationToken ct) =>
        db.Tasks.CountAsync(t => t.CaseId == caseId && t.Status == CaseTaskStatus.Open, ct);

    private async Task<int?> ContactFrequencyAsync(Case @case, CancellationToken ct) =>
        await db.CaseTypes.Where(t => t.Id == @case.CaseTypeId).Select(t => t.ContactFrequencyDays).SingleAsync(ct);
}
