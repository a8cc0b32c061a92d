using Casewell.Audit;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

/// <summary>Ends the signed-in staff member's session on the server, so its cookie, or a copy of it, no longer works.</summary>
public sealed record SignOutStaff(Guid SessionId);

public sealed class SignOutStaffHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task Handle(SignOutStaff request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == request.SessionId && s.StaffId == db.Actor.Id, ct);
        if (session is null || session.EndedAt is not null) return;
        session.End(clock.GetUtcNow(), SessionEndReason.SignedOut);
        db.RecordAccess(AuditAction.StaffSignedOut, nameof(StaffUser), session.StaffId.ToString(), null, $"session {session.Id}");
        await db.SaveChangesAsync(ct);
    }
}
