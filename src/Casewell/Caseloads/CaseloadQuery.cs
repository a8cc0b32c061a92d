using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>
/// The caseload list as one query: a worker's current assignments (index StaffId, EndedAt) lead to their cases
/// by key, each joined to its client and type, with its next task and overdue count read from the task index
/// (CaseId, Status). Sorting and paging happen in the database, so a page costs the same at any caseload size.
/// </summary>
internal static class CaseloadQuery
{
    public static async Task<CaseloadPage> PageAsync(CasewellDbContext db, ListReads lists, IQueryable<Case> readable, Guid workerId, CaseloadFilter filter,
        AgencyCalendar calendar, CancellationToken ct)
    {
        var today = calendar.Today();
        // The primary worker holds a current primary assignment too (Case.AssignPrimary), so one index serves both roles.
        var assigned = db.CaseAssignments.Where(a => a.StaffId == workerId && a.EndedAt == null).Select(a => a.CaseId);
        var cases = readable.Active().Where(c => assigned.Contains(c.Id));
        if (filter.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (filter.CaseTypeId is { } typeId) cases = cases.Where(c => c.CaseTypeId == typeId);
        if (filter.Priority is { } priority) cases = cases.Where(c => c.Priority == priority);

        var rows = from c in cases
                   join client in db.Clients on c.ClientId equals client.Id
                   join type in db.CaseTypes on c.CaseTypeId equals type.Id
                   select new Projection
                   {
                       CaseId = c.Id,
                       CaseNumber = c.CaseNumber,
                       Version = c.Version,
                       ClientId = c.ClientId,
                       FirstName = client.FirstName,
                       PreferredName = client.PreferredName,
                       LastName = client.LastName,
                       SortLastName = client.SortLastName,
                       SortFirstName = client.SortFirstName,
                       TeamId = c.TeamId,
                       CaseTypeName = type.Name,
                       Priority = c.Priority,
                       Status = c.Status,
                       PrimaryWorkerId = c.PrimaryWorkerId,
                       Since = c.Status == CaseStatus.Referred ? c.ReferredAt : c.OpenedAt ?? c.ReferredAt,
                       LastContactAt = c.LastContactAt,
                       NextContactDue = c.NextContactDue,
                       NextTaskDue = db.Tasks.Where(t => t.CaseId == c.Id && t.Status == CaseTaskStatus.Open).Min(t => (DateOnly?)t.DueOn),
                       OverdueTasks = db.Tasks.Count(t => t.CaseId == c.Id && t.Status == CaseTaskStatus.Open && t.DueOn < today),
                   };
        if (filter.OverdueOnly) rows = rows.Where(r => r.OverdueTasks > 0 || r.NextContactDue < today);

        var size = filter.PageSize;
        var found = await lists.ShowPageAsync(Sorted(rows, filter.Sort, filter.Descending), filter.Page, size, r => r.ClientId,
            ListRead.Caseload, $"worker {workerId}", ct);
        var page = found.Items.Select(r => new CaseloadRow(
            r.CaseId, r.CaseNumber, r.Version, r.ClientId, $"{r.PreferredName ?? r.FirstName} {r.LastName}", r.TeamId, r.CaseTypeName,
            r.Priority, r.Status, r.PrimaryWorkerId == workerId, today.DayNumber - calendar.DateOf(r.Since).DayNumber,
            r.LastContactAt, r.NextTaskDue, r.NextContactDue, r.OverdueTasks, r.NextContactDue < today)).ToList();
        return new CaseloadPage(page, filter.Page, size, found.HasMore);
    }

    private static IOrderedQueryable<Projection> Sorted(IQueryable<Projection> rows, CaseloadSort sort, bool descending)
    {
        // Nulls are placed explicitly: SQLite sorts them first and PostgreSQL last.
        var ordered = sort switch
        {
            CaseloadSort.Client => By(rows, r => r.SortLastName, descending).Then(r => r.SortFirstName, descending),
            CaseloadSort.Priority => By(rows, r => r.Priority == CasePriority.Urgent ? 0 : r.Priority == CasePriority.High ? 1 : r.Priority == CasePriority.Medium ? 2 : 3, descending),
            CaseloadSort.DaysOpen => By(rows, r => r.Since, descending),
            CaseloadSort.LastContact => By(rows, r => r.LastContactAt == null ? 0 : 1, descending).Then(r => r.LastContactAt, descending),
            // The sooner of the next task and the next contact; nothing due sorts as the end of time. Each mention of
            // NextTaskDue is a subquery in SQL, so the expression names it as few times as it can.
            _ => By(rows, r => (r.NextTaskDue ?? DateOnly.MaxValue) < (r.NextContactDue ?? DateOnly.MaxValue)
                ? r.NextTaskDue ?? DateOnly.MaxValue : r.NextContactDue ?? DateOnly.MaxValue, descending),
        };
        return ordered.ThenBy(r => r.CaseId);
    }

    private static IOrderedQueryable<Projection> By<TKey>(IQueryable<Projection> rows, System.Linq.Expressions.Expression<Func<Projection, TKey>> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private static IOrderedQueryable<Projection> Then<TKey>(this IOrderedQueryable<Projection> rows, System.Linq.Expressions.Expression<Func<Projection, TKey>> key, bool descending) =>
        descending ? rows.ThenByDescending(key) : rows.ThenBy(key);

    private sealed class Projection
    {
        public Guid CaseId { get; init; }
        public string CaseNumber { get; init; } = "";
        public int Version { get; init; }
        public Guid ClientId { get; init; }
        public string FirstName { get; init; } = "";
        public string? PreferredName { get; init; }
        public string LastName { get; init; } = "";
        public string SortLastName { get; init; } = "";
        public string SortFirstName { get; init; } = "";
        public Guid TeamId { get; init; }
        public string CaseTypeName { get; init; } = "";
        public CasePriority Priority { get; init; }
        public CaseStatus Status { get; init; }
        public Guid? PrimaryWorkerId { get; init; }
        public DateTimeOffset Since { get; init; }
        public DateTimeOffset? LastContactAt { get; init; }
        public DateOnly? NextContactDue { get; init; }
        public DateOnly? NextTaskDue { get; init; }
        public int OverdueTasks { get; init; }
    }
}
