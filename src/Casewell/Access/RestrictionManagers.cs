using Casewell.Audit;
using Casewell.Cases;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Data;
using Casewell.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// Who may restrict a record, lift the restriction and keep its access list: the privacy officer any client or case
/// (by <see cref="Ability.ManageRestrictions"/>), and a supervisor a case of a team they supervise, or a client with
/// such a case, as long as they can still see it. A record the actor cannot see answers as one that does not exist.
/// </summary>
public sealed class RestrictionManagers(CasewellDbContext db, CurrentStaff staff, CaseAccess cases, ClientAccess clients)
{
    public bool IsPrivacyOfficer => RolePermissions.Allows(staff, Ability.ManageRestrictions);

    /// <summary>Whether the actor may look over every restriction (the privacy officer's list).</summary>
    public Result? ListRefusal() => RolePermissions.Refusal(staff, Ability.ManageRestrictions);

    /// <summary>Ok when the actor may manage the record's restriction; NotFound or Forbidden (recorded) when not.</summary>
    public async Task<Result> MayManageAsync(RestrictedRecordKind kind, Guid recordId, CancellationToken ct)
    {
        var outcome = await DecideAsync(kind, recordId, ct);
        if (outcome.Failed)
        {
            var clientId = kind == RestrictedRecordKind.Client
                ? await db.Clients.Where(c => c.Id == recordId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct)
                : await db.Cases.Where(c => c.Id == recordId).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
            db.RecordAccess(AuditAction.RestrictionRefused, kind == RestrictedRecordKind.Case ? nameof(Case) : nameof(Client), recordId.ToString(), clientId, "manage restriction");
            await db.SaveChangesAsync(ct);
        }
        return outcome;
    }

    /// <summary>
    /// Whether a page should offer the actor the record's restriction panel. Not recorded: every view of a profile or a
    /// case asks it, and not being a manager of a record one reads is no attempt on it.
    /// </summary>
    public async Task<bool> OffersManagementAsync(RestrictedRecordKind kind, Guid recordId, CancellationToken ct) =>
        (await DecideAsync(kind, recordId, ct)).Succeeded;

    private Task<Result> DecideAsync(RestrictedRecordKind kind, Guid recordId, CancellationToken ct) =>
        kind == RestrictedRecordKind.Case ? CaseAsync(recordId, ct) : ClientAsync(recordId, ct);

    private async Task<Result> CaseAsync(Guid caseId, CancellationToken ct)
    {
        if (IsPrivacyOfficer) return await db.Cases.AnyAsync(c => c.Id == caseId, ct) ? Result.Ok() : Result.NotFound();
        var teamId = await cases.Readable(db.Cases).Where(c => c.Id == caseId).Select(c => (Guid?)c.TeamId).SingleOrDefaultAsync(ct);
        if (teamId is not { } team) return Result.NotFound();
        return await cases.SupervisesTeamAsync(team, ct) ? Result.Ok() : Result.Forbidden(new Message(RestrictionMessages.MayNotRestrict));
    }

    private async Task<Result> ClientAsync(Guid clientId, CancellationToken ct)
    {
        if (IsPrivacyOfficer) return await db.Clients.AnyAsync(c => c.Id == clientId, ct) ? Result.Ok() : Result.NotFound();
        if (!await clients.Readable(db.Clients).AnyAsync(c => c.Id == clientId, ct)) return Result.NotFound();
        if (!cases.CanSupervise) return Result.Forbidden(new Message(RestrictionMessages.MayNotRestrict));
        var supervised = cases.SupervisedTeams(db.Teams).Select(t => t.Id);
        return await cases.Readable(db.Cases).AnyAsync(c => c.ClientId == clientId && supervised.Contains(c.TeamId), ct)
            ? Result.Ok()
            : Result.Forbidden(new Message(RestrictionMessages.MayNotRestrict));
    }
}
