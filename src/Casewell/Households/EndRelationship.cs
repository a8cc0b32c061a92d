using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Households;

public sealed record EndRelationship(Guid ClientId, Guid RelationshipId);

public sealed class EndRelationshipHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result> Handle(EndRelationship request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.Editable(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result.NotFound();
        var relationship = await db.Relationships.SingleOrDefaultAsync(r => r.Id == request.RelationshipId
            && (r.ClientId == request.ClientId || r.RelatedClientId == request.ClientId), ct);
        if (relationship is null) return Result.NotFound();
        relationship.End(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
