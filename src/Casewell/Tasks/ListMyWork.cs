using Casewell.Common;

namespace Casewell.Tasks;

/// <summary>The "My work" home page: each list's first few entries, and whether there are more to page through.</summary>
public sealed record MyWork(PageOf<MyTask> Overdue, PageOf<MyTask> Today, PageOf<ContactDue> ContactsDue);

public sealed record ListMyWork(int Cap = ListMyWorkHandler.DefaultCap);

public sealed class ListMyWorkHandler(ListMyTasksHandler tasks, ListContactsDueHandler contacts)
{
    public const int DefaultCap = 10;

    public async Task<MyWork> Handle(ListMyWork request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cap = Math.Clamp(request.Cap, 1, PageOf<MyTask>.MaxSize);
        // One after the other: the three share the request's DbContext, which runs one query at a time.
        var overdue = await PageOf<MyTask>.ReadAsync(tasks.Query(TaskDue.Overdue), 1, cap, ct);
        var today = await PageOf<MyTask>.ReadAsync(tasks.Query(TaskDue.Today), 1, cap, ct);
        var due = await PageOf<ContactDue>.ReadAsync(contacts.Query(), 1, cap, ct);
        return new MyWork(overdue, today, due);
    }
}
