using Casewell.Access;
using Casewell.Cases;
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
        v.MultiLine("Note", request.Note, CaseTask.MaxDetailsLength, "note");
        if (v.HasErrors) return Result<int>.Invalid(v.ToDictionary());
        var (task, caseVersion, failure) = await TaskChange.LoadAsync(db, access, request.TaskId, request.ExpectedVersion, ct);
        if (task is null) return Result<int>.From(failure!);

        var now = clock.GetUtcNow();
        var outcome = task.Complete(access.Actor, request.Note, now);
        if (outcome.Failed) return Result<int>.From(outcome);
        db.CaseEvents.Add(TaskTimeline.Entry(task, CaseEventKind.TaskCompleted, access.Actor, now, caseVersion, task.ResolutionNote));
        return await TaskChange.SaveAsync(db, task, ct);
    }
}
