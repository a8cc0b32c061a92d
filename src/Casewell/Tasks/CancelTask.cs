using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Tasks;

/// <summary>Drops a task that no longer needs doing; the reason stays on the timeline.</summary>
public sealed record CancelTask(Guid TaskId, int? ExpectedVersion, string? Reason);

public sealed class CancelTaskHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<Result<int>> Handle(CancelTask request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Required("Reason", request.Reason, new Message(TaskMessages.RequiredCancelReason));
        v.MultiLine("Reason", request.Reason, CaseTask.MaxDetailsLength, new Message(TaskMessages.Reason));
        if (v.HasErrors) return Result<int>.Invalid(v.ToDictionary());
        var (task, @case, failure) = await TaskChange.LoadAsync(db, access, request.TaskId, request.ExpectedVersion, ct);
        if (task is null) return Result<int>.From(failure!);

        var outcome = @case!.CancelTask(task, access.Actor, request.Reason, clock.GetUtcNow());
        if (outcome.Failed) return Result<int>.From(outcome);
        return await TaskChange.SaveAsync(db, task, @case, ct);
    }
}
