using Casewell.Data;

namespace Casewell.EmergencyAccess;

/// <summary>The one projection of grants to lines, for the holder's list and the review queue alike.</summary>
internal static class EmergencyGrantLines
{
    public static IQueryable<EmergencyGrantLine> Of(CasewellDbContext db, IQueryable<EmergencyGrant> ordered, DateTimeOffset now) =>
        from g in ordered
        join c in db.Clients on g.ClientId equals c.Id
        select new EmergencyGrantLine(g.Id, g.StaffId, g.StaffName, g.ClientId, (c.PreferredName ?? c.FirstName) + " " + c.LastName, g.Reason,
            g.OpenedAt, g.ExpiresAt, g.ExpiresAt > now, g.ReviewedAt, g.ReviewedByName, g.ReviewNote, g.Version);
}
