using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

public enum TaskListFilter
{
    Open,
    Resolved,
}

public sealed record CaseTasks(CaseHeading Case, PageOf<TaskView> Tasks);

/// <summary>
/// A case's tasks, for whoever may read the case: the open ones soonest due first, or the resolved ones latest
/// first. Both read the (case, status) index. Each view is audited.
/// </summary>
public sealed record ListCaseTasks(Guid CaseId, TaskListFilter Filter = TaskListFilter.Open, int? Page = 1, int? PageSize = null);

public sealed class ListCaseTasksHandler(CasewellDbContext db, CaseReads reads, AgencyCalendar calendar)
{
    public async Task<Result<CaseTasks>> Handle(ListCaseTasks request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Filter)) return Result<CaseTasks>.Invalid("Status", new Message(TaskMessages.ChooseOpenOrResolved));
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Tasks, null, ct);
        if (heading is null) return Result<CaseTasks>.NotFound();

        var today = calendar.Today();
        var (page, size) = PageOf<TaskView>.Normalize(request.Page, request.PageSize);
        var tasks = db.Tasks.AsNoTracking().Where(t => t.CaseId == request.CaseId);
        tasks = request.Filter == TaskListFilter.Open
            ? tasks.Where(t => t.Status == CaseTaskStatus.Open).OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            : tasks.Where(t => t.Status != CaseTaskStatus.Open).OrderByDescending(t => t.ResolvedAt).ThenByDescending(t => t.Id);
        var rows = await PageOf<TaskView>.ReadAsync(tasks.Select(t => new TaskView(t.Id, t.CaseId, t.Title, t.Details, t.Kind, t.DueOn, t.Status,
            t.AssignedToId, t.AssignedToName, t.Status == CaseTaskStatus.Open && t.DueOn < today, t.CreatedAt, t.ResolvedAt, t.ResolutionNote, t.Version)),
            page, size, ct);
        return Result<CaseTasks>.Ok(new CaseTasks(heading, rows));
    }
}
