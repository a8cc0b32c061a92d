using Casewell.Access;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

public sealed record AuditTrailQuery(Guid? ClientId, Guid? ActorId, long? Before, int PageSize = 50);

public sealed record AuditLine(long Sequence, DateTimeOffset OccurredAt, Guid ActorId, string ActorName, string Action, string EntityType, string? EntityId, Guid? ClientId, string? Details, string? Source);

/// <summary>The trail newest first, for an auditor: by client (who saw or changed this person's record) or by staff member.</summary>
public sealed class ListAuditTrailHandler(CasewellDbContext db, CurrentStaff staff)
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<AuditLine>?> Handle(AuditTrailQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!RolePermissions.Allows(staff, Ability.ReadAuditTrail)) return null;
        var entries = db.AuditEntries.AsNoTracking();
        // About a client: an entry that names them, or a list entry that showed them (both indexed by client).
        if (query.ClientId is { } clientId)
            entries = entries.Where(a => a.ClientId == clientId || db.AuditEntryClients.Any(c => c.ClientId == clientId && c.EntryId == a.Id));
        if (query.ActorId is { } actorId) entries = entries.Where(a => a.ActorId == actorId);
        if (query.Before is { } before) entries = entries.Where(a => a.Sequence < before);
        var lines = await entries.OrderByDescending(a => a.Sequence)
            .Take(Math.Clamp(query.PageSize, 1, MaxPageSize))
            .Select(a => new AuditLine(a.Sequence, a.OccurredAt, a.ActorId, a.ActorName, a.Action, a.EntityType, a.EntityId, a.ClientId, a.Details, a.Source))
            .ToListAsync(ct);
        // Looking at the trail is itself an access worth recording.
        db.RecordAccess(AuditAction.AuditTrailViewed, "AuditTrail", null, query.ClientId, query.ActorId is { } a ? $"actor {a}" : null);
        await db.SaveChangesAsync(ct);
        return lines;
    }
}
