using Casewell.Clients.Matching;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

/// <summary>Keeps a client's blocking keys in step with their names, birth date and identifiers.</summary>
public static class ClientMatchIndex
{
    /// <summary>Replaces the client's keys; part of the caller's save, so keys and record never disagree.</summary>
    public static async Task RefreshAsync(CasewellDbContext db, Client client, bool isNew, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(client);
        var wanted = MatchKeys.Stored(MatchSubject.FromClient(client)).ToHashSet(StringComparer.Ordinal);
        if (!isNew)
        {
            var existing = await db.ClientMatchKeys.Where(k => k.ClientId == client.Id).ToListAsync(ct);
            foreach (var key in existing)
            {
                if (!wanted.Remove(key.Key)) db.ClientMatchKeys.Remove(key);
            }
        }
        foreach (var key in wanted) db.ClientMatchKeys.Add(new ClientMatchKey(client.Id, key));
    }
}
