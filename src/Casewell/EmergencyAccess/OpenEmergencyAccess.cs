using Casewell.Access;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Data;
using Casewell.PrivacyReview;
using Microsoft.EntityFrameworkCore;

namespace Casewell.EmergencyAccess;

public sealed record OpenEmergencyAccess(Guid ClientId, string? Reason);

public sealed record OpenedGrant(Guid GrantId, Guid ClientId, DateTimeOffset ExpiresAt);

/// <summary>
/// Breaks the glass: opens one client's record to the actor for <see cref="EmergencyAccessSettings.EmergencyAccessMinutes"/>,
/// for the reason they give. In the same save: the grant, its audit entry (with the reason) and an item in the privacy
/// officer's review queue; the actor's supervisors find it in their review queue.
/// </summary>
public sealed class OpenEmergencyAccessHandler(CasewellDbContext db, ClientAccess access, EmergencyGrantAccess grants, CurrentStaff staff,
    TimeProvider clock, EmergencyAccessSettings settings)
{
    public async Task<Result<OpenedGrant>> Handle(OpenEmergencyAccess request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(staff, Ability.BreakTheGlass) is { } refused) return Result<OpenedGrant>.From(refused);
        var client = await access.OpenableByGrant(db.Clients).AsNoTracking().Where(c => c.Id == request.ClientId)
            .Select(c => new { c.Id, c.FirstName, c.PreferredName, c.LastName }).SingleOrDefaultAsync(ct);
        if (client is null) return Result<OpenedGrant>.NotFound();
        if (await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct))
            return Result<OpenedGrant>.Refused(new Message(EmergencyAccessMessages.NotNeeded));

        var now = clock.GetUtcNow();
        // Asking twice for the same client (a double submit, a second tab) keeps the one grant rather than spending another.
        var active = await grants.Mine(db.EmergencyGrants).AsNoTracking().Where(g => g.ExpiresAt > now)
            .Select(g => new { g.Id, g.ClientId, g.ExpiresAt }).ToListAsync(ct);
        if (active.FirstOrDefault(g => g.ClientId == request.ClientId) is { } open)
            return Result<OpenedGrant>.Ok(new OpenedGrant(open.Id, open.ClientId, open.ExpiresAt));

        var opened = EmergencyGrant.Open(Ids.New(clock), new StaffRef(staff.Id, staff.Name), request.ClientId, request.Reason, active.Count, now,
            settings.Duration);
        if (opened.Failed) return Result<OpenedGrant>.From(opened);
        var grant = opened.Value!;
        db.EmergencyGrants.Add(grant);
        var name = $"{client.PreferredName ?? client.FirstName} {client.LastName}";
        var details = $"grant {grant.Id} until {grant.ExpiresAt:O}; reason: {grant.Reason}";
        db.RecordAccess(AuditAction.EmergencyAccessOpened, nameof(Client), client.Id.ToString(), client.Id,
            details.Length > AuditEntry.MaxDetailsLength ? details[..AuditEntry.MaxDetailsLength] : details);
        PrivacyFlags.Raise(db, PrivacyReviewKind.EmergencyAccessOpened, staff.Id,
            $"{staff.Name} broke the glass on {name}'s record until {grant.ExpiresAt:u}: {grant.Reason}");
        await db.SaveChangesAsync(ct);
        return Result<OpenedGrant>.Ok(new OpenedGrant(grant.Id, grant.ClientId, grant.ExpiresAt));
    }
}
