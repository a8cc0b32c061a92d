using Casewell.Access;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Restrictions;

/// <summary>Whether a record the reader has open is restricted: the profile and case pages mark it for everyone who sees it.</summary>
public sealed record GetRestrictionMark(RestrictedRecordKind Kind, Guid RecordId);

/// <summary>What the restriction is on: the record itself, or (for a case) its client, which restricts every case of theirs.</summary>
public sealed record RestrictionMark(RestrictedRecordKind On);

/// <summary>
/// Null when the record is not restricted, or when the reader may not read it: asking about a record one cannot see says
/// nothing about it. Whoever reads a restricted record is on its access list, so telling them it is restricted leaks nothing.
/// </summary>
public sealed class GetRestrictionMarkHandler(CasewellDbContext db, ClientAccess clients, CaseAccess cases)
{
    public async Task<RestrictionMark?> Handle(GetRestrictionMark request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.RecordId;
        var inForce = db.Restrictions.Where(r => r.LiftedAt == null);
        if (request.Kind == RestrictedRecordKind.Client)
        {
            return await clients.Readable(db.Clients).AnyAsync(c => c.Id == id && inForce.Any(r => r.ClientId == c.Id), ct)
                ? new RestrictionMark(RestrictedRecordKind.Client)
                : null;
        }
        var mark = await cases.Readable(db.Cases).Where(c => c.Id == id)
            .Select(c => new { OnCase = inForce.Any(r => r.CaseId == c.Id), OnClient = inForce.Any(r => r.ClientId == c.ClientId) })
            .SingleOrDefaultAsync(ct);
        return mark switch
        {
            { OnCase: true } => new RestrictionMark(RestrictedRecordKind.Case),
            { OnClient: true } => new RestrictionMark(RestrictedRecordKind.Client),
            _ => null,
        };
    }
}
