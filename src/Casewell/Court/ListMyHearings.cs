using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// The court hearings of the signed-in worker's cases (those assigned to them) from today through the next
/// <see cref="ListMyHearingsHandler.Days"/> days, soonest first: what My work shows. Cases they may no longer read drop out.
/// </summary>
public sealed record ListMyHearings(int? Page = 1, int? PageSize = null);

public sealed class ListMyHearingsHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar)
{
    public const int Days = 14;

    public async Task<PageOf<MyHearing>> Handle(ListMyHearings request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (page, size) = PageOf<MyHearing>.Normalize(request.Page, request.PageSize);
        return await lists.ShowPageAsync(Query(), page, size, ListRead.MyHearings, $"next {Days} days", ct);
    }

    /// <summary>Reads the (status, starts) index for the window; the worker's assignments and readable cases are joined to it.</summary>
    internal IQueryable<ClientRow<MyHearing>> Query()
    {
        var me = access.Actor.Id;
        var today = calendar.Today();
        // From the start of today at the agency: a hearing this morning still waits for its outcome.
        var start = calendar.At(today, TimeOnly.MinValue);
        var until = calendar.At(today.AddDays(Days + 1), TimeOnly.MinValue);
        return from h in db.CourtHearings.AsNoTracking()
               where (h.Status == CourtHearingStatus.Scheduled || h.Status == CourtHearingStatus.Continued) && h.StartsAt >= start && h.StartsAt < until
               join c in access.Readable(db.Cases) on h.CaseId equals c.Id
               where db.CaseAssignments.Any(a => a.CaseId == c.Id && a.StaffId == me && a.EndedAt == null)
               join client in db.Clients on c.ClientId equals client.Id
               orderby h.StartsAt, h.Id
               select new ClientRow<MyHearing>(c.ClientId, new MyHearing(h.Id, h.StartsAt, h.Type, h.Court, h.Status, c.Id, c.CaseNumber,
                   (client.PreferredName ?? client.FirstName) + " " + client.LastName));
    }
}
