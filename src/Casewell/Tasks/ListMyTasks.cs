using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

public enum TaskDue
{
    Today,
    Overdue,
    Upcoming,
}

/// <summary>
/// The signed-in worker's open tasks due today, overdue, or upcoming, soonest first. Tasks on cases they may no
/// longer read (a case transferred away) drop out: a list never shows what the case page would refuse.
/// </summary>
public sealed record ListMyTasks(TaskDue Due, int? Page = 1, int? PageSize = null);

public sealed class ListMyTasksHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar)
{
    public async Task<Result<PageOf<MyTask>>> Handle(ListMyTasks request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Due)) return Result<PageOf<MyTask>>.Invalid("Due", new Message(TaskMessages.ChooseDue));
        var (page, size) = PageOf<MyTask>.Normalize(request.Page, request.PageSize);
        return Result<PageOf<MyTask>>.Ok(await lists.ShowPageAsync(Query(request.Due), page, size, ListRead.MyTasks, $"due {request.Due}", ct));
    }

    /// <summary>Reads the (assignee, status, due date) index; the case and client are joined by key for the page's rows only.</summary>
    internal IQueryable<ClientRow<MyTask>> Query(TaskDue due)
    {
        var me = access.Actor.Id;
        var today = calendar.Today();
        var tasks = db.Tasks.AsNoTracking().Where(t => t.AssignedToId == me && t.Status == CaseTaskStatus.Open);
        tasks = due switch
        {
            TaskDue.Today => tasks.Where(t => t.DueOn == today),
            TaskDue.Overdue => tasks.Where(t => t.DueOn < today),
            _ => tasks.Where(t => t.DueOn > today),
        };
        return from t in tasks
               join c in access.Readable(db.Cases) on t.CaseId equals c.Id
               join client in db.Clients on c.ClientId equals client.Id
               orderby t.DueOn, t.Id
               select new ClientRow<MyTask>(c.ClientId, new MyTask(t.Id, t.Title, t.Kind, t.DueOn, c.Id, c.CaseNumber, (client.PreferredName ?? client.FirstName) + " " + client.LastName, t.Version));
    }
}
