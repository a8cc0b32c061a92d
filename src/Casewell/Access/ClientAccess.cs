using Casewell.Clients;
using Casewell.Data;

namespace Casewell.Access;

/// <summary>
/// Which clients the current staff member may see. Every list and every detail read of client content goes
/// through here, so a list can never show what a profile page would refuse.
/// </summary>
public sealed class ClientAccess(CurrentStaff staff, CaseAccess cases, CasewellDbContext db)
{
    // Applied last, outside the rules below: whatever grants a client cannot open a restricted one.
    private readonly RestrictedRecords restrictions = new(db, staff);

    public bool CanRead => RolePermissions.Allows(staff, Ability.ReadClients);
    public bool CanRegister => RolePermissions.Allows(staff, Ability.RegisterClients);
    public bool CanEdit => RolePermissions.Allows(staff, Ability.EditClients);

    public IQueryable<Client> Readable(IQueryable<Client> clients) => restrictions.Open(CanRead ? clients : clients.Where(_ => false));

    /// <summary>
    /// Clients the actor reaches through their own work: a case of the client's they may read, or a registration of
    /// theirs. An exact identifier answers only here, so the search box cannot confirm a number for a stranger.
    /// </summary>
    public IQueryable<Client> ReachedThroughWork(IQueryable<Client> clients)
    {
        if (!CanRead) return clients.Where(_ => false);
        var me = staff.Id;
        var readableCases = cases.Readable(db.Cases);
        return restrictions.Open(clients.Where(c => c.CreatedBy == me || readableCases.Any(k => k.ClientId == c.Id)));
    }

    public IQueryable<Client> Editable(IQueryable<Client> clients) => restrictions.Open(CanEdit ? clients : clients.Where(_ => false));
}
