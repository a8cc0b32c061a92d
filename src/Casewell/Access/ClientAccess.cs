using Casewell.Clients;

namespace Casewell.Access;

/// <summary>
/// Which clients the current staff member may see. Every list and every detail read of client content goes
/// through here, so a list can never show what a profile page would refuse.
/// </summary>
public sealed class ClientAccess(CurrentStaff staff)
{
    public bool CanRead => RolePermissions.Allows(staff, Ability.ReadClients);
    public bool CanRegister => RolePermissions.Allows(staff, Ability.RegisterClients);
    public bool CanEdit => RolePermissions.Allows(staff, Ability.EditClients);

    public IQueryable<Client> Readable(IQueryable<Client> clients) => CanRead ? clients : clients.Where(_ => false);

    public IQueryable<Client> Editable(IQueryable<Client> clients) => CanEdit ? clients : clients.Where(_ => false);
}
