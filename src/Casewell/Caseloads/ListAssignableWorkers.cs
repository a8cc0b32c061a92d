using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Caseloads;

/// <summary>The active workers of the teams the supervisor leads (or of one of them), each with their weighted load.</summary>
public sealed record ListAssignableWorkers(Guid? TeamId = null);

public sealed class ListAssignableWorkersHandler(CasewellDbContext db, CaseAccess access, AgencyCalendar calendar, PriorityWeights weights)
{
    public async Task<Result<IReadOnlyList<AssignableWorker>>> Handle(ListAssignableWorkers request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanSupervise) return Result<IReadOnlyList<AssignableWorker>>.Forbidden(new Message(CaseloadMessages.OnlySupervisorAssigns));
        var teams = access.SupervisedTeams(db.Teams);
        if (request.TeamId is { } teamId) teams = teams.Where(t => t.Id == teamId);
        return Result<IReadOnlyList<AssignableWorker>>.Ok(await AssignableAsync(db, access, teams, calendar, weights, ct));
    }

    internal static async Task<IReadOnlyList<AssignableWorker>> AssignableAsync(CasewellDbContext db, CaseAccess access,
        IQueryable<Organization.Team> teams, AgencyCalendar calendar, PriorityWeights weights, CancellationToken ct)
    {
        var workers = (await WorkerLoads.WorkersOfAsync(db, teams, ct)).DistinctBy(w => w.Id).ToList();
        var loads = await WorkerLoads.WeightedAsync(db, access.Readable(db.Cases), workers.Select(w => w.Id).ToList(), weights, calendar.Today(), ct);
        return [.. workers.Select(w =>
        {
            var (cases, load, _) = loads.GetValueOrDefault(w.Id);
            return new AssignableWorker(w.Id, w.Name, cases, load);
        })];
    }
}
