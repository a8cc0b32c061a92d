using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

/// <summary>
/// A supervisor gives a case its primary worker (from the queue, or as a transfer, which needs a reason) or
/// adds a secondary worker. The worker must be an active case worker or supervisor on one of the teams the
/// supervisor leads; a worker from another of those teams takes the case into their team.
/// </summary>
public sealed record AssignCase(Guid CaseId, Guid WorkerId, AssignmentRole Role, int? ExpectedVersion, string? Reason = null);

public sealed class AssignCaseHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<Result> Handle(AssignCase request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Role)) return Result.Invalid("Role", new Message(CaseMessages.ChooseRole));
        if (Case.ReasonText(request.Reason) is { } badReason) return badReason;
        var (@case, failure) = await CaseChange.LoadAsync(db, access, request.CaseId, request.ExpectedVersion, ct);
        if (@case is null) return failure!;
        if (!await access.SupervisesAsync(@case, ct)) return Result.Forbidden(new Message(CaseMessages.OnlySupervisorAssigns));

        var carriers = RolePermissions.RolesWith(Ability.CarryCases);
        var worker = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Id == request.WorkerId && u.IsActive && carriers.Contains(u.Role))
            .Select(u => new StaffRef(u.Id, u.DisplayName))
            .SingleOrDefaultAsync(ct);
        if (worker is null) return Result.Invalid("WorkerId", new Message(CaseMessages.ChooseActiveWorker));
        var workerTeam = await WorkerTeamAsync(@case.TeamId, request.WorkerId, ct);
        if (workerTeam is null) return Result.Invalid("WorkerId", new Message(CaseMessages.ChooseSupervisedWorker));

        var versionLoaded = @case.Version;
        var now = clock.GetUtcNow();
        var outcome = request.Role == AssignmentRole.Primary
            ? @case.AssignPrimary(worker, request.Reason, access.Actor, now, () => Ids.New(clock))
            : @case.AddSecondary(worker, access.Actor, now, () => Ids.New(clock));
        if (outcome.Failed) return outcome;
        if (request.Role == AssignmentRole.Primary && workerTeam != @case.TeamId)
        {
            var teamName = await db.Teams.AsNoTracking().Where(t => t.Id == workerTeam).Select(t => t.Name).SingleAsync(ct);
            @case.MoveToTeam(workerTeam.Value, teamName, access.Actor, now);
        }
        return await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
    }

    /// <summary>The case's own team when the worker is on it, else another team of this supervisor's that the worker is on.</summary>
    private async Task<Guid?> WorkerTeamAsync(Guid caseTeamId, Guid workerId, CancellationToken ct)
    {
        var me = access.Actor.Id;
        var teams = await db.Teams.AsNoTracking()
            .Where(t => t.Members.Any(m => m.StaffId == workerId) && t.Members.Any(m => m.StaffId == me && m.IsSupervisor))
            .Select(t => t.Id)
            .ToListAsync(ct);
        return teams.Contains(caseTeamId) ? caseTeamId : teams.Count > 0 ? teams[0] : null;
    }
}
