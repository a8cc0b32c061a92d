using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Restrictions;

public sealed record ListRestrictions(int? Page = null, int? PageSize = null);

/// <summary>One restricted record on the privacy officer's list: enough to recognise it, no case content.</summary>
public sealed record RestrictionLine(
    Guid Id,
    RestrictedRecordKind Kind,
    Guid RecordId,
    Guid ClientId,
    string ClientName,
    string? CaseNumber,
    RestrictionReason Reason,
    string RestrictedByName,
    DateTimeOffset RestrictedAt,
    int AccessListCount);

/// <summary>Every restriction in force, newest first: the privacy officer's. The list read is audited with the clients it named.</summary>
public sealed class ListRestrictionsHandler(CasewellDbContext db, RestrictionManagers managers, ListReads lists)
{
    public async Task<Result<PageOf<RestrictionLine>>> Handle(ListRestrictions request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (managers.ListRefusal() is { } refused) return Result<PageOf<RestrictionLine>>.From(refused);
        var (page, size) = PageOf<RestrictionLine>.Normalize(request.Page, request.PageSize);
        var lines = from r in db.Restrictions.AsNoTracking()
                    where r.LiftedAt == null
                    let caseRow = db.Cases.FirstOrDefault(c => c.Id == r.CaseId)
                    let clientId = r.ClientId ?? caseRow!.ClientId
                    let client = db.Clients.FirstOrDefault(c => c.Id == clientId)
                    orderby r.RestrictedAt descending, r.Id descending
                    select new RestrictionLine(r.Id,
                        r.CaseId == null ? RestrictedRecordKind.Client : RestrictedRecordKind.Case,
                        r.CaseId ?? r.ClientId!.Value,
                        clientId,
                        client == null ? "" : (client.PreferredName ?? client.FirstName) + " " + client.LastName,
                        caseRow == null ? null : caseRow.CaseNumber,
                        r.Reason, r.RestrictedByName, r.RestrictedAt, r.AccessList.Count);
        var result = await lists.ShowPageAsync(lines, page, size, l => l.ClientId, ListRead.Restrictions, null, ct);
        return Result<PageOf<RestrictionLine>>.Ok(result);
    }
}
