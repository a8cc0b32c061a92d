using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

/// <summary>
/// Moves a case along its lifecycle. Closing needs a reason and an outcome, refuses while tasks are open
/// (unless the worker cancels them in the same step) and, where the program asks for it, waits for a
/// supervisor of the case's team to approve. ExpectedVersion is the version the user saw: a newer one means
/// someone else changed the case meanwhile. Which steps the actor may take is the case's rule
/// (<see cref="Case.StepsFor"/>), the same one the case page and the API's case detail show.
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
        if (!Enum.IsDefined(request.Transition)) return Result.Invalid("Transition", new Message(CaseMessages.ChooseTransition));
        if (Case.ReasonText(request.Reason) is { } badReason) return badReason;
        var (@case, failure) = await CaseChange.LoadAsync(db, access, request.CaseId, request.ExpectedVersion, ct);
        if (@case is null) return failure!;
        var supervises = await access.SupervisesAsync(@case, ct);
        if (@case.Refusal(request.Transition, supervises) is { } refused) return refused;
        var versionLoaded = @case.Version;
        // One instant for the whole step: a closure and the tasks it cancels happen at the same moment.
        var now = clock.GetUtcNow();
        var actor = access.Actor;
        var reason = request.Reason ?? "";

        var outcome = request.Transition switch
        {
            CaseTransition.Open => @case.Open(actor, now),
            CaseTransition.PutOnHold => @case.PutOnHold(reason, actor, now),
            CaseTransition.Resume => @case.Resume(request.Reason, actor, now),
            CaseTransition.Close => await CloseAsync(@case, request, supervises, now, ct),
            CaseTransition.ApproveClosure => @case.ApproveClosure(actor, supervises, now),
            CaseTransition.RejectClosure => @case.RejectClosure(reason, actor, supervises, now),
            CaseTransition.Reopen => @case.Reopen(reason, actor, now, await ContactFrequencyAsync(@case, ct), calendar.Today()),
            _ => Result.Invalid("Transition", new Message(CaseMessages.ChooseTransition)),
        };
        if (outcome.Failed) return outcome;
        // A task added meanwhile changed the case's open-task count, and so its version: the save answers 409.
        return await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
    }

    private async Task<Result> CloseAsync(Case @case, TransitionCase request, bool supervises, DateTimeOffset now, CancellationToken ct)
    {
        if (request.Outcome is null) return Result.Invalid("Outcome", new Message(CaseMessages.ChooseOutcome));
        if (request.CancelOpenTasks && @case.OpenTaskCount > 0 && !string.IsNullOrWhiteSpace(request.Reason))
        {
            var openTasks = await db.Tasks.Where(t => t.CaseId == @case.Id && t.Status == CaseTaskStatus.Open).ToListAsync(ct);
            foreach (var task in openTasks)
            {
                var cancelled = @case.CancelTask(task, access.Actor, "Cancelled when the case was closed", now);
                if (cancelled.Failed) return cancelled;
            }
        }
        var closureRequiresApproval = await db.Programs.AsNoTracking().Where(p => p.Id == @case.ProgramId).Select(p => p.ClosureRequiresApproval).SingleAsync(ct);
        return @case.Close(request.Reason ?? "", request.Outcome.Value, Case.ClosureNeedsApproval(supervises, closureRequiresApproval), access.Actor, now);
    }

    private async Task<int?> ContactFrequencyAsync(Case @case, CancellationToken ct) =>
        await db.CaseTypes.Where(t => t.Id == @case.CaseTypeId).Select(t => t.ContactFrequencyDays).SingleAsync(ct);
}
