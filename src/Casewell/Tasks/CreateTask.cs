using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>
/// Adds a task to a case the actor may change. It goes to the actor unless they name someone else, who must be
/// an active worker on the case or a supervisor of its team: a task nobody on the case can see is a task lost.
/// </summary>
public sealed record CreateTask(Guid CaseId, string? Title, string? Details, DateOnly? DueOn, CaseTaskKind Kind, Guid? AssigneeId = null);

public sealed record CreatedTask(Guid TaskId, int Version);

public sealed class CreateTaskHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar)
{
    public async Task<Result<CreatedTask>> Handle(CreateTask request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, failure) = await EditableCaseAsync(access.Editable(db.Cases), request.CaseId, ct);
        if (@case is null)
        {
            await access.RecordCaseRefusalAsync(request.CaseId, "add a task", ct);
            return Result<CreatedTask>.From(failure!);
        }

        // Before the fields: on a closed case no assignee is eligible, and the answer would blame the form (400) for a rule (422).
        if (@case.TaskRefusal() is { } closed) return Result<CreatedTask>.From(closed);

        var today = calendar.Today();
        var v = new Validation();
        v.Required("Title", request.Title, new Message(TaskMessages.RequiredTitle));
        v.SingleLine("Title", request.Title, CaseTask.MaxTitleLength, new Message(TaskMessages.Title));
        v.MultiLine("Details", request.Details, CaseTask.MaxDetailsLength, new Message(TaskMessages.Details));
        if (!Enum.IsDefined(request.Kind)) v.Add("Kind", new Message(TaskMessages.ChooseKind));
        TaskRules.CheckDueOn(v, request.DueOn, today);

        var assigneeId = request.AssigneeId ?? access.Actor.Id;
        var assignee = await EligibleAssignees(@case.Id, @case.TeamId).Where(u => u.Id == assigneeId)
            .Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct);
        if (assignee is null) v.Add("AssigneeId", new Message(TaskMessages.ChooseAssignee));
        if (v.HasErrors) return Result<CreatedTask>.Invalid(v.ToDictionary());

        var now = clock.GetUtcNow();
        var task = new CaseTask(Ids.New(clock), @case.Id, request.Kind, request.Title!, request.Details, request.DueOn!.Value, assignee!, access.Actor, now);
        // Through the case, which counts its open tasks: a closure saved since it was read makes this save a conflict.
        var versionLoaded = @case.Version;
        var added = @case.AddTask(task, access.Actor, now);
        if (added.Failed) return Result<CreatedTask>.From(added);
        db.Tasks.Add(task);
        var saved = await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
        return saved.Failed ? Result<CreatedTask>.From(saved) : Result<CreatedTask>.Ok(new CreatedTask(task.Id, task.Version));
    }

    /// <summary>Who a task on this case may go to, for the form's list; null when the actor may not add tasks to it.</summary>
    public async Task<IReadOnlyList<StaffRef>?> AssigneesAsync(Guid caseId, CancellationToken ct)
    {
        var (@case, _) = await EditableCaseAsync(access.Editable(db.Cases).AsNoTracking(), caseId, ct);
        if (@case is null) return null;
        return await EligibleAssignees(@case.Id, @case.TeamId).OrderBy(u => u.DisplayName)
            .Select(u => new StaffRef(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    private IQueryable<StaffUser> EligibleAssignees(Guid caseId, Guid teamId) => TaskRules.EligibleAssignees(db, caseId, teamId).AsNoTracking();

    private async Task<(Case? Case, Result? Failure)> EditableCaseAsync(IQueryable<Case> editable, Guid caseId, CancellationToken ct)
    {
        var found = await editable.SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is not null) return (found, null);
        var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == caseId, ct);
        return (null, readable ? Result.Forbidden(new Message(TaskMessages.ReadOnlyCase)) : Result.NotFound());
    }
}
