using Casewell.Access;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

/// <summary>What a page about part of a case shows at its top: which case, whose.</summary>
public sealed record CaseHeading(Guid Id, string CaseNumber, Guid ClientId, string ClientName, CaseStatus Status, int Version)
{
    /// <summary>The heading of a case the actor may read; null when there is none or they may not.</summary>
    internal static Task<CaseHeading?> ReadableAsync(CasewellDbContext db, CaseAccess access, Guid caseId, CancellationToken ct) =>
        (from c in access.Readable(db.Cases).AsNoTracking()
         where c.Id == caseId
         join client in db.Clients on c.ClientId equals client.Id
         select new CaseHeading(c.Id, c.CaseNumber, c.ClientId, (client.PreferredName ?? client.FirstName) + " " + client.LastName, c.Status, c.Version))
            .SingleOrDefaultAsync(ct);

    /// <summary>The same, for a request about the case: a refusal is recorded in the audit trail.</summary>
    internal static async Task<CaseHeading?> ReadableOrRefusedAsync(CasewellDbContext db, CaseAccess access, Guid caseId, string attempt, CancellationToken ct)
    {
        var heading = await ReadableAsync(db, access, caseId, ct);
        if (heading is null) await access.RecordCaseRefusalAsync(caseId, attempt, ct);
        return heading;
    }
}
