using Casewell.Audit;
using Casewell.Clients;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// The one way to open a client's record: loads through <see cref="ClientAccess.Readable"/> and records the view (or
/// the refusal) in the audit trail, saved before anything of the record is returned. The profile's household,
/// collaterals and change history are read after it, for the client it returned. One view per client per request.
/// </summary>
public sealed class ClientReads(CasewellDbContext db, ClientAccess access)
{
    private readonly HashSet<Guid> recorded = [];

    /// <summary>The client with their aliases and identifiers; null when there is none or the actor may not read them.</summary>
    public async Task<Client?> ReadAsync(Guid clientId, CancellationToken ct)
    {
        var client = await access.Readable(db.Clients).AsNoTracking().AsSplitQuery()
            .Include(c => c.Aliases).Include(c => c.Identifiers)
            .SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            // Whose record was tried, when there is one: the trail answers "who tried to open this client".
            var exists = await db.Clients.AnyAsync(c => c.Id == clientId, ct);
            db.RecordAccess(AuditAction.ClientAccessRefused, nameof(Client), clientId.ToString(), exists ? clientId : null, "read");
            await db.SaveChangesAsync(ct);
            return null;
        }
        if (recorded.Add(client.Id))
        {
            db.RecordAccess(AuditAction.ClientViewed, nameof(Client), client.Id.ToString(), client.Id);
            await db.SaveChangesAsync(ct);
        }
        return client;
    }
}
