using System.Linq.Expressions;
using Casewell.Cases;
using Casewell.Clients;
using Casewell.Data;

namespace Casewell.Access;

/// <summary>
/// The one rule for restricted records: a client or case under a restriction in force exists only for the staff on
/// its access list. It is applied after every other rule has said yes (<see cref="CaseAccess"/>,
/// <see cref="ClientAccess"/>), as a further filter and never as an alternative, so that nothing added to those
/// rules as an "or" (an emergency grant, a new relationship) can open a restricted record. Being on the list only
/// lets one through the restriction; the record still has to be reached by an ordinary relationship.
/// </summary>
public sealed class RestrictedRecords(CasewellDbContext db, CurrentStaff staff)
{
    /// <summary>Cases neither restricted themselves nor of a restricted client, unless the actor is on that list.</summary>
    public IQueryable<Case> Open(IQueryable<Case> cases) => cases.Where(CaseOpen());

    /// <summary>Clients not restricted, unless the actor is on the list. A restricted case does not hide its client here.</summary>
    public IQueryable<Client> Open(IQueryable<Client> clients) => clients.Where(ClientOpen());

    /// <summary>
    /// Whether the client is restricted from the actor: the registrar at intake is told only that a possible match is
    /// restricted, never who.
    /// </summary>
    public IQueryable<Client> HiddenFromActor(IQueryable<Client> clients)
    {
        var me = staff.Id;
        var restrictions = db.Restrictions;
        return clients.Where(c => restrictions.Any(r => r.LiftedAt == null && r.ClientId == c.Id && !r.AccessList.Any(a => a.StaffId == me)));
    }

    private Expression<Func<Case, bool>> CaseOpen()
    {
        var me = staff.Id;
        var restrictions = db.Restrictions;
        return c => !restrictions.Any(r => r.LiftedAt == null && (r.CaseId == c.Id || r.ClientId == c.ClientId)
            && !r.AccessList.Any(a => a.StaffId == me));
    }

    private Expression<Func<Client, bool>> ClientOpen()
    {
        var me = staff.Id;
        var restrictions = db.Restrictions;
        return c => !restrictions.Any(r => r.LiftedAt == null && r.ClientId == c.Id && !r.AccessList.Any(a => a.StaffId == me));
    }
}
