using Casewell.Clients.Matching;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

/// <summary>Keeps a client's blocking keys in step with their names, birth date and identifiers.</summary>
public static class ClientMatchIndex
{
    public static MatchSubject SubjectOf(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new MatchSubject(
            client.LegalName,
            client.Aliases.Select(a => a.Name).ToList(),
            client.PreferredName,
            client.BirthDate,
            client.BirthDatePrecision,
            client.Identifiers.Select(i => new IdentifierHash(i.Kind, i.LookupHash)).ToList());
    }

    /// <summary>Replaces the client's keys; part of the caller's save, so keys and record never disagree.</summary>
    public static async Task RefreshAsync(CasewellDbContext db, Client client, bool isNew, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(client);
        var wanted = MatchKeys.Stored(SubjectOf(client)).ToHashSet(StringComparer.Ordinal);
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
