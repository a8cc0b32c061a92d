using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>
/// How loaded each worker of a team is, so a supervisor sees who is overloaded before they burn out, and how many
/// of the team's cases wait without a worker. One team, or (no team named) every team the viewer oversees: a
/// supervisor's own teams, and read-only the teams of a program manager's programs.
/// </summary>
public sealed record ListTeamCaseloads(Guid? TeamId = null);

public sealed record TeamCaseload(Guid TeamId, string TeamName, string? ProgramName, int UnassignedCases, bool MaySupervise, IReadOnlyList<TeamWorkerLoad> Workers);

/// <summary>
/// Weighted load is Σ over the worker's active primary cases of case type weight × priority weight; counts cover
/// the cases the viewer may read.
/// </summary>
public sealed record TeamWorkerLoad(Guid WorkerId, string Name, bool IsSupervisor, int PrimaryCases, int SecondaryCases, double WeightedLoad, int OverdueTasks, int OverdueContacts);

public sealed class ListTeamCaseloadsHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar, PriorityWeights weights)
{
    /// <summary>Many more than any supervisor leads or any program holds; the list is not paged.</summary>
    public const int MaxTeams = 200;

    public async Task<Result<IReadOnlyList<TeamCaseload>>> Handle(ListTeamCaseloads request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanOverseeCaseloads)
        {
            await access.RecordTeamRefusalAsync(request.TeamId, "read team caseloads", ct);
            return Result<IReadOnlyList<TeamCaseload>>.Forbidden(new Message(CaseloadMessages.OnlySupervisorsAndManagers));
        }
        var overseen = access.OverseenTeams(db.Teams);
        if (request.TeamId is { } teamId) overseen = overseen.Where(t => t.Id == teamId);

        var teams = await overseen.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name).Take(MaxTeams)
            .Select(t => new { t.Id, t.Name, Program = db.Programs.Where(p => p.Id == t.ProgramId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        if (request.TeamId is not null && teams.Count == 0)
        {
            await access.RecordTeamRefusalAsync(request.TeamId, "read team caseloads", ct);
            return Result<IReadOnlyList<TeamCaseload>>.NotFound();
        }
        var teamIds = teams.Select(t => t.Id).ToList();

        var readable = access.Readable(db.Cases);
        var workers = await WorkerLoads.WorkersOfAsync(db, db.Teams.Where(t => teamIds.Contains(t.Id)), ct);
        var loads = await WorkerLoads.FullAsync(db, readable, workers.Select(w => w.Id).ToList(), weights, calendar.Today(), ct);
        var unassigned = await readable.Active()
            .Where(c => teamIds.Contains(c.TeamId) && c.PrimaryWorkerId == null)
            .GroupBy(c => c.TeamId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var supervised = access.CanSupervise
            ? (await access.SupervisedTeams(db.Teams).Where(t => teamIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct)).ToHashSet()
            : [];
        // Counts name no client, but they are read from the teams' cases: the trail says whose teams were looked over.
        await lists.RecordShownAsync(ListRead.TeamCaseloads, [], teamIds.Count <= 20 ? "teams " + string.Join(" ", teamIds) : $"{teamIds.Count} teams", ct);

        return Result<IReadOnlyList<TeamCaseload>>.Ok([.. teams.Select(t => new TeamCaseload(t.Id, t.Name, t.Program,
            unassigned.GetValueOrDefault(t.Id), supervised.Contains(t.Id),
            [.. workers.Where(w => w.TeamId == t.Id).Select(w =>
            {
                var load = loads.GetValueOrDefault(w.Id) ?? WorkerLoad.None;
                return new TeamWorkerLoad(w.Id, w.Name, w.IsSupervisor, load.PrimaryCases, load.SecondaryCases, load.WeightedLoad, load.OverdueTasks, load.OverdueContacts);
            })]))]);
    }
}
