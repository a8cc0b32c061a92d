using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Tasks;

/// <summary>Marks a task done, with an optional note of how. ExpectedVersion is the version of the task the user saw.</summary>
public sealed record CompleteTask(Guid TaskId, int? ExpectedVersion, string? Note = null);

public sealed class CompleteTaskHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<Result<int>> Handle(CompleteTask request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.MultiLine("Note", request.Note, CaseTask.MaxDetailsLength, new Message(TaskMessages.Note));
        if (v.HasErrors) return Result<int>.Invalid(v.ToDictionary());
        var (task, @case, failure) = await TaskChange.LoadAsync(db, access, request.TaskId, request.ExpectedVersion, ct);
        if (task is null) return Result<int>.From(failure!);

        var outcome = @case!.CompleteTask(task, access.Actor, request.Note, clock.GetUtcNow());
        if (outcome.Failed) return Result<int>.From(outcome);
        return await TaskChange.SaveAsync(db, task, @case, ct);
    }
}
