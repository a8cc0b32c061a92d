using Casewell.Access;
using Casewell.Common;
using Casewell.Court;

namespace Casewell.Tasks;

/// <summary>The "My work" home page: each list's first few entries, and whether there are more to page through.</summary>
public sealed record MyWork(PageOf<MyTask> Overdue, PageOf<MyTask> Today, PageOf<ContactDue> ContactsDue, PageOf<MyHearing> Hearings);

public sealed record ListMyWork(int Cap = ListMyWorkHandler.DefaultCap);

public sealed class ListMyWorkHandler(ListMyTasksHandler tasks, ListContactsDueHandler contacts, ListMyHearingsHandler hearings, ListReads lists)
{
    public const int DefaultCap = 10;

    public async Task<MyWork> Handle(ListMyWork request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cap = Math.Clamp(request.Cap, 1, PageOf<MyTask>.MaxSize);
        // One after the other: the three share the request's DbContext, which runs one query at a time.
        var overdue = await PageOf<ClientRow<MyTask>>.ReadAsync(tasks.Query(TaskDue.Overdue), 1, cap, ct);
        var today = await PageOf<ClientRow<MyTask>>.ReadAsync(tasks.Query(TaskDue.Today), 1, cap, ct);
        var due = await PageOf<ClientRow<ContactDue>>.ReadAsync(contacts.Query(), 1, cap, ct);
        var court = await PageOf<ClientRow<MyHearing>>.ReadAsync(hearings.Query(), 1, cap, ct);
        // One page, one entry: the clients of all its lists together.
        await lists.RecordShownAsync(ListRead.MyWork,
            [.. overdue.Items.Select(r => r.ClientId).Concat(today.Items.Select(r => r.ClientId)).Concat(due.Items.Select(r => r.ClientId))
                .Concat(court.Items.Select(r => r.ClientId))], null, ct);
        return new MyWork(Rows(overdue), Rows(today), Rows(due), Rows(court));
    }

    private static PageOf<T> Rows<T>(PageOf<ClientRow<T>> page) => new([.. page.Items.Select(r => r.Row)], page.Page, page.PageSize, page.HasMore);
}
