using Casewell.Access;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

public sealed record ClientCaseRow(Guid Id, string CaseNumber, string CaseTypeName, CaseStatus Status, DateTimeOffset ReferredAt, DateTimeOffset? ClosedAt, bool IsMember);

/// <summary>The cases of a client (as primary client or household member) that the reader may see, newest first.</summary>
public sealed record ListClientCases(Guid ClientId);

public sealed class ListClientCasesHandler(CasewellDbContext db, CaseAccess access, ListReads lists)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<ClientCaseRow>> Handle(ListClientCases request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientId = request.ClientId;
        // The rows name no other client: a family case where this client is a member shows only its number and type.
        return await lists.ShowAllAsync(access.Readable(db.Cases).AsNoTracking()
            .Where(c => c.ClientId == clientId || c.Members.Any(m => m.ClientId == clientId))
            .OrderByDescending(c => c.ReferredAt)
            .Take(Limit)
            .Join(db.CaseTypes, c => c.CaseTypeId, t => t.Id, (c, t) => new ClientCaseRow(c.Id, c.CaseNumber, t.Name, c.Status, c.ReferredAt, c.ClosedAt, c.ClientId != clientId)),
            _ => clientId, ListRead.ClientCases, $"client {clientId}", ct);
    }
}
