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
        var (@case, failure) = await EditableCaseAsync(request.CaseId, ct);
        if (@case is null)
        {
            await access.RecordCaseRefusalAsync(request.CaseId, "add a task", ct);
            return Result<CreatedTask>.From(failure!);
        }
        if (@case.Status == CaseStatus.Closed) return Result<CreatedTask>.Refused("A closed case takes no new tasks; reopen it first.");

        var today = calendar.Today();
        var v = new Validation();
        v.Required("Title", request.Title, "a title");
        v.SingleLine("Title", request.Title, CaseTask.MaxTitleLength, "title");
        v.MultiLine("Details", request.Details, CaseTask.MaxDetailsLength, "details");
        if (!Enum.IsDefined(request.Kind)) v.Add("Kind", "Choose what kind of task this is.");
        TaskRules.CheckDueOn(v, request.DueOn, today);

        var assigneeId = request.AssigneeId ?? access.Actor.Id;
        var assignee = await EligibleAssignees(@case.Id, @case.TeamId).Where(u => u.Id == assigneeId)
            .Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct);
        if (assignee is null) v.Add("AssigneeId", "Choose a worker on this case or a supervisor of its team.");
        if (v.HasErrors) return Result<CreatedTask>.Invalid(v.ToDictionary());

        var now = clock.GetUtcNow();
        var task = new CaseTask(Ids.New(clock), @case.Id, request.Kind, request.Title!, request.Details, request.DueOn!.Value, assignee!, access.Actor, now);
        db.Tasks.Add(task);
        db.CaseEvents.Add(TaskTimeline.Entry(task, CaseEventKind.TaskCreated, access.Actor, now, @case.Version));
        // The case was open when read; it may have been closed since. The closing side checks the other way round.
        var refusal = await db.SaveChangesUnlessAsync(async token =>
            await db.Cases.AnyAsync(c => c.Id == @case.Id && c.Status == CaseStatus.Closed, token)
                ? "The case was closed while you were adding the task; nothing was saved. Reopen the case to add tasks to it."
                : null, ct);
        return refusal is null ? Result<CreatedTask>.Ok(new CreatedTask(task.Id, task.Version)) : Result<CreatedTask>.Refused(refusal);
    }

    /// <summary>Who a task on this case may go to, for the form's list; null when the actor may not add tasks to it.</summary>
    public async Task<IReadOnlyList<StaffRef>?> AssigneesAsync(Guid caseId, CancellationToken ct)
    {
        var (@case, _) = await EditableCaseAsync(caseId, ct);
        if (@case is null) return null;
        return await EligibleAssignees(@case.Id, @case.TeamId).OrderBy(u => u.DisplayName)
            .Select(u => new StaffRef(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    private IQueryable<StaffUser> EligibleAssignees(Guid caseId, Guid teamId) => TaskRules.EligibleAssignees(db, caseId, teamId).AsNoTracking();

    private async Task<(CaseForTask? Case, Result? Failure)> EditableCaseAsync(Guid caseId, CancellationToken ct)
    {
        var found = await access.Editable(db.Cases).AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseForTask(c.Id, c.TeamId, c.Status, c.Version)).SingleOrDefaultAsync(ct);
        if (found is not null) return (found, null);
        var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == caseId, ct);
        return (null, readable ? Result.Refused("You may read this case but not add tasks to it.") : Result.NotFound());
    }

    private sealed record CaseForTask(Guid Id, Guid TeamId, CaseStatus Status, int Version);
}
