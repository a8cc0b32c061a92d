using System.Linq.Expressions;
using Casewell.Cases;
using Casewell.Clients;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Casewell.Access;

/// <summary>
/// Which clients the current staff member may see. Every list and every detail read of client content goes through
/// here, so a list can never show what a profile page would refuse. A client's record is reached through a
/// relationship, never by role alone (decision record 0018):
/// a case of the client's the actor may read (<see cref="CaseAccess.Readable"/>), or a family case the client is a
/// member of; the actor's own registration of the client, until one of the client's cases is assigned (from then on
/// the case decides); or an unexpired emergency grant of the actor's on the client.
/// Those who register clients still recognise everyone else (<see cref="Recognisable"/>): search and the duplicate
/// check show them a name, a birth date and whom to ask, never the record.
/// </summary>
public sealed class ClientAccess(CurrentStaff staff, CaseAccess cases, CasewellDbContext db, TimeProvider clock)
{
    // Applied last, outside the rules below: whatever grants a client cannot open a restricted one.
    private readonly RestrictedRecords restrictions = new(db, staff);

    public bool CanRead => RolePermissions.Allows(staff, Ability.ReadClients);
    public bool CanRegister => RolePermissions.Allows(staff, Ability.RegisterClients);
    public bool CanEdit => RolePermissions.Allows(staff, Ability.EditClients);
    public bool CanBreakTheGlass => RolePermissions.Allows(staff, Ability.BreakTheGlass);

    /// <summary>Clients whose record the actor may read: by a relationship, or through an active emergency grant.</summary>
    public IQueryable<Client> Readable(IQueryable<Client> clients) =>
        CanRead ? restrictions.Open(WhileActive(clients).Where(Either(RelationshipRule(), GrantRule()))) : clients.Where(_ => false);

    /// <summary>
    /// Clients the actor reaches through their own work: a relationship, not an emergency grant. An exact identifier
    /// answers only here, so the search box cannot confirm a number for a stranger; and changes are made only here.
    /// </summary>
    public IQueryable<Client> ReachedThroughWork(IQueryable<Client> clients) =>
        CanRead ? restrictions.Open(WhileActive(clients).Where(RelationshipRule())) : clients.Where(_ => false);

    /// <summary>
    /// Clients the actor may find in search and the duplicate check: everyone, for those who register clients (intake
    /// must know whether a person is already known), and otherwise those they may read. Rows the actor may not read
    /// are shown only as <see cref="ClientView.Recognition"/>.
    /// </summary>
    public IQueryable<Client> Recognisable(IQueryable<Client> clients) =>
        CanRegister ? restrictions.Open(WhileActive(clients)) : Readable(clients);

    /// <summary>
    /// Cases that may be named to the actor as where a client is known (whom to ask), without being read: the cases'
    /// own rule (<see cref="CaseAccess.Mentionable"/>), which leaves out a restricted one even as a program and a name.
    /// </summary>
    public IQueryable<Case> Mentionable(IQueryable<Case> known) => cases.Mentionable(known);

    /// <summary>
    /// Clients that may be named to the actor beside a record they read (a relative on a profile, a member of a family
    /// case): every client but a restricted one the actor is not admitted to, which must not show even as a name.
    /// </summary>
    public IQueryable<Client> Mentionable(IQueryable<Client> clients) => restrictions.Open(clients);

    public IQueryable<Client> Editable(IQueryable<Client> clients) => CanEdit ? ReachedThroughWork(clients) : clients.Where(_ => false);

    /// <summary>
    /// Clients the actor may open by breaking the glass: those they can find but have no relationship with. A restricted
    /// record is not among them (<see cref="Recognisable"/> applies the restriction), and reading through a grant passes
    /// the restriction again in <see cref="Readable"/>, so neither opening a grant nor reading through one reaches it.
    /// </summary>
    public IQueryable<Client> OpenableByGrant(IQueryable<Client> clients) =>
        CanBreakTheGlass ? Recognisable(clients) : clients.Where(_ => false);

    /// <summary>The actor's unexpired grant on the client that may open it, or null: what a read through a grant shows it by.</summary>
    public Task<GrantInUse?> ActiveGrantAsync(Guid clientId, CancellationToken ct)
    {
        if (!CanRead || !CanBreakTheGlass) return Task.FromResult<GrantInUse?>(null);
        var me = staff.Id;
        var now = clock.GetUtcNow();
        var openable = OpenableByGrant(db.Clients);
        return db.EmergencyGrants.AsNoTracking()
            .Where(g => g.StaffId == me && g.ClientId == clientId && g.ExpiresAt > now && openable.Any(c => c.Id == clientId))
            .OrderByDescending(g => g.ExpiresAt)
            .Select(g => new GrantInUse(g.Id, g.ClientId, g.ExpiresAt, g.Reason))
            .FirstOrDefaultAsync(ct);
    }

    private Expression<Func<Client, bool>> RelationshipRule()
    {
        var me = staff.Id;
        var readableCases = cases.Readable(db.Cases);
        // Each part is an indexed look-up by client: Cases(ClientId), CaseMembers(ClientId), Clients(CreatedBy).
        return c => readableCases.Any(k => k.ClientId == c.Id)
            || db.CaseMembers.Any(m => m.ClientId == c.Id && readableCases.Any(k => k.Id == m.CaseId))
            || (c.CreatedBy == me && !db.Cases.Any(k => k.ClientId == c.Id && k.PrimaryWorkerId != null));
    }

    private Expression<Func<Client, bool>> GrantRule()
    {
        if (!CanBreakTheGlass) return _ => false;
        var me = staff.Id;
        // Expiry is decided by the clock, not by a sweep: a grant one second past its time opens nothing.
        var now = clock.GetUtcNow();
        return c => db.EmergencyGrants.Any(g => g.StaffId == me && g.ClientId == c.Id && g.ExpiresAt > now);
    }

    /// <summary>Only while the actor's own account is active, as for cases (<see cref="CaseAccess"/>).</summary>
    private IQueryable<Client> WhileActive(IQueryable<Client> clients)
    {
        var me = staff.Id;
        var active = db.StaffUsers.Where(u => u.Id == me && u.IsActive);
        return clients.Where(_ => active.Any());
    }

    private static Expression<Func<Client, bool>> Either(Expression<Func<Client, bool>> one, Expression<Func<Client, bool>> other)
    {
        var body = ReplacingExpressionVisitor.Replace(other.Parameters[0], one.Parameters[0], other.Body);
        return Expression.Lambda<Func<Client, bool>>(Expression.OrElse(one.Body, body), one.Parameters);
    }
}
