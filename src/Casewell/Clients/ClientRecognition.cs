using Casewell.Cases;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

/// <summary>
/// Whom to ask about clients one may not read: for each, the programs whose cases know them, with the primary worker
/// (or the team, while the case waits in its queue). One query for a page of rows, never one per row.
/// </summary>
public static class ClientRecognition
{
    /// <summary>Enough for a person to know where to turn; a client known to more programs is rare.</summary>
    public const int MaxKnownIn = 5;

    // Only the cases that may be named to the actor (ClientAccess.Mentionable): never a restricted one.
    public static async Task<Dictionary<Guid, IReadOnlyList<ClientKnownIn>>> KnownInAsync(CasewellDbContext db, IQueryable<Case> mentionable,
        IReadOnlyCollection<Guid> clientIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mentionable);
        if (clientIds.Count == 0) return [];
        var ids = clientIds.ToList();
        var rows = await (from k in mentionable.AsNoTracking()
                          where ids.Contains(k.ClientId)
                          join p in db.Programs on k.ProgramId equals p.Id
                          join t in db.Teams on k.TeamId equals t.Id
                          orderby k.Status == CaseStatus.Closed, k.ReferredAt descending
                          select new
                          {
                              k.ClientId,
                              Program = p.Name,
                              Team = t.Name,
                              Worker = db.StaffUsers.Where(u => u.Id == k.PrimaryWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
                          }).ToListAsync(ct);
        return rows.GroupBy(r => r.ClientId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<ClientKnownIn>)[.. g.Select(r => new ClientKnownIn(r.Program, r.Worker ?? r.Team)).Distinct().Take(MaxKnownIn)]);
    }
}
