using Casewell.Audit;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// The one way to open a client's record: loads through the client rule (<see cref="ClientAccess"/>) and records the
/// view (or the refusal) in the audit trail, saved before anything of the record is returned. The profile's household,
/// collaterals and change history are read after it, for the client it returned. One view per client per request.
/// A record reached only through an emergency grant is recorded as such (EmergencyAccess.ClientViewed) and flagged for the request
/// (<see cref="EmergencyAccessInUse"/>).
/// </summary>
public sealed class ClientReads(CasewellDbContext db, ClientAccess access, EmergencyAccessInUse inUse)
{
    private readonly HashSet<Guid> recorded = [];

    /// <summary>
    /// The client with their aliases and identifiers. Refused with 403 <see cref="ClientMessages.NoRelationship"/>,
    /// naming whom to ask, when the actor finds the client but has no relationship with them; 404 when there is no such
    /// client or the actor may not even find them.
    /// </summary>
    public async Task<Result<Client>> ReadAsync(Guid clientId, CancellationToken ct)
    {
        var client = await Load(access.ReachedThroughWork(db.Clients), clientId, ct);
        string? through = null;
        if (client is null && await access.ActiveGrantAsync(clientId, ct) is { } grant)
        {
            client = await Load(db.Clients, clientId, ct);
            if (client is not null)
            {
                inUse.Use(grant);
                through = $"through emergency grant {grant.GrantId}";
            }
        }
        if (client is null) return await RefuseAsync(clientId, ct);
        if (recorded.Add(client.Id))
        {
            // A read through a grant has an action of its own, so that the auditor's emergency access group holds every one.
            db.RecordAccess(through is null ? AuditAction.ClientViewed : AuditAction.EmergencyClientViewed, nameof(Client), client.Id.ToString(), client.Id, through);
            await db.SaveChangesAsync(ct);
        }
        return Result<Client>.Ok(client);
    }

    private static Task<Client?> Load(IQueryable<Client> clients, Guid clientId, CancellationToken ct) =>
        clients.AsNoTracking().AsSplitQuery().Include(c => c.Aliases).Include(c => c.Identifiers).SingleOrDefaultAsync(c => c.Id == clientId, ct);

    private async Task<Result<Client>> RefuseAsync(Guid clientId, CancellationToken ct)
    {
        // Whose record was tried, when there is one: the trail answers "who tried to open this client". Both questions
        // are asked whatever the first answers, so that the number of queries does not tell a hidden client from none.
        var exists = await db.Clients.AnyAsync(c => c.Id == clientId, ct);
        var found = await access.Recognisable(db.Clients).AnyAsync(c => c.Id == clientId, ct) && exists;
        db.RecordAccess(AuditAction.ClientAccessRefused, nameof(Client), clientId.ToString(), exists ? clientId : null,
            found ? "read; no relationship" : "read");
        await db.SaveChangesAsync(ct);
        if (!found) return Result<Client>.NotFound();
        // Someone who may find the client in search learns nothing new from the refusal but whom to ask.
        var knownIn = await ClientRecognition.KnownInAsync(db, access.Mentionable(db.Cases), [clientId], ct);
        var contacts = knownIn.GetValueOrDefault(clientId) is { Count: > 0 } places
            ? string.Join("; ", places.Select(p => $"{p.Contact} ({p.Program})"))
            : await db.Clients.Where(c => c.Id == clientId)
                .Select(c => db.StaffUsers.Where(u => u.Id == c.CreatedBy).Select(u => u.DisplayName).FirstOrDefault()).SingleAsync(ct) ?? "";
        return Result<Client>.Forbidden(new Message(ClientMessages.NoRelationship, contacts));
    }
}
