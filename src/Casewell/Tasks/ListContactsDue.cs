using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tasks;

/// <summary>A case of the worker's whose required contact is overdue or comes due soon.</summary>
public sealed record ContactDue(Guid CaseId, string CaseNumber, string ClientName, string? RequiredContact, DateOnly NextContactDue, DateTimeOffset? LastContactAt, bool Overdue);

/// <summary>
/// The signed-in worker's cases needing contact: those they are assigned to whose required contact is overdue
/// or due within <see cref="ListContactsDueHandler.HorizonDays"/> days, most urgent first.
/// </summary>
public sealed record ListContactsDue(int? Page = 1, int? PageSize = null);

public sealed class ListContactsDueHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar)
{
    public const int HorizonDays = 7;

    public async Task<PageOf<ContactDue>> Handle(ListContactsDue request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (page, size) = PageOf<ContactDue>.Normalize(request.Page, request.PageSize);
        return await lists.ShowPageAsync(Query(), page, size, ListRead.ContactsDue, null, ct);
    }

    /// <summary>Starts from the worker's current assignments (an indexed handful), not from all cases.</summary>
    internal IQueryable<ClientRow<ContactDue>> Query()
    {
        var me = access.Actor.Id;
        var today = calendar.Today();
        var horizon = today.AddDays(HorizonDays);
        return from a in db.CaseAssignments.AsNoTracking()
               where a.StaffId == me && a.EndedAt == null
               join c in access.Readable(db.Cases) on a.CaseId equals c.Id
               where c.Status != CaseStatus.Closed && c.NextContactDue != null && c.NextContactDue <= horizon
               join client in db.Clients on c.ClientId equals client.Id
               join type in db.CaseTypes on c.CaseTypeId equals type.Id
               orderby c.NextContactDue, c.Id
               select new ClientRow<ContactDue>(c.ClientId, new ContactDue(c.Id, c.CaseNumber, (client.PreferredName ?? client.FirstName) + " " + client.LastName,
                   type.ContactDescription, c.NextContactDue!.Value, c.LastContactAt, c.NextContactDue < today));
    }
}
