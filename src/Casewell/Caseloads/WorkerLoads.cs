using Casewell.Access;
using Casewell.Cases;
using Casewell.Data;
using Casewell.Organization;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>A worker's load as the viewer may see it: counts and weights only, never case content.</summary>
internal sealed record WorkerLoad(int PrimaryCases, int SecondaryCases, double WeightedLoad, int OverdueTasks, int OverdueContacts)
{
    public static readonly WorkerLoad None = new(0, 0, 0, 0, 0);
}

/// <summary>A member of a team who can carry cases (case workers and supervisors), as lists of workers show them.</summary>
internal sealed record TeamWorker(Guid TeamId, Guid Id, string Name, bool IsSupervisor);

/// <summary>
/// Caseload figures for a set of workers, each an aggregate read from one index: cases by (PrimaryWorkerId,
/// Status), secondary assignments by (StaffId, EndedAt), tasks by (AssignedToId, Status, DueOn). They count only
/// the cases in <c>readable</c>, so a supervisor's figures agree with the lists they can open.
/// </summary>
internal static class WorkerLoads
{
    public static async Task<List<TeamWorker>> WorkersOfAsync(CasewellDbContext db, IQueryable<Team> teams, CancellationToken ct)
    {
        var carriers = RolePermissions.RolesWith(Ability.CarryCases);
        return await (from t in teams
                      from m in t.Members
                      join u in db.StaffUsers on m.StaffId equals u.Id
                      where u.IsActive && carriers.Contains(u.Role)
                      orderby u.DisplayName, u.Id
                      select new TeamWorker(t.Id, u.Id, u.DisplayName, m.IsSupervisor))
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>Σ case type weight × priority weight over each worker's active primary cases.</summary>
    public static async Task<Dictionary<Guid, (int Cases, double Load, int OverdueContacts)>> WeightedAsync(CasewellDbContext db,
        IQueryable<Case> readable, IReadOnlyCollection<Guid> workerIds, PriorityWeights weights, DateOnly today, CancellationToken ct)
    {
        var ids = workerIds.Distinct().ToList();
        var groups = await (from c in readable.Active()
                            where c.PrimaryWorkerId != null && ids.Contains(c.PrimaryWorkerId.Value)
                            join type in db.CaseTypes on c.CaseTypeId equals type.Id
                            group c by new { c.PrimaryWorkerId, type.LoadWeight, c.Priority } into g
                            select new { g.Key.PrimaryWorkerId, g.Key.LoadWeight, g.Key.Priority, Cases = g.Count(), OverdueContacts = g.Count(c => c.NextContactDue < today) })
            .ToListAsync(ct);
        return groups.GroupBy(g => g.PrimaryWorkerId!.Value).ToDictionary(w => w.Key, w => (
            w.Sum(g => g.Cases),
            Math.Round(w.Sum(g => g.Cases * g.LoadWeight * weights.For(g.Priority)), 2),
            w.Sum(g => g.OverdueContacts)));
    }

    public static async Task<Dictionary<Guid, WorkerLoad>> FullAsync(CasewellDbContext db, IQueryable<Case> readable,
        IReadOnlyCollection<Guid> workerIds, PriorityWeights weights, DateOnly today, CancellationToken ct)
    {
        var ids = workerIds.Distinct().ToList();
        var primary = await WeightedAsync(db, readable, ids, weights, today, ct);
        var active = readable.Active();
        var secondary = await db.CaseAssignments
            .Where(a => ids.Contains(a.StaffId) && a.EndedAt == null && a.Role == AssignmentRole.Secondary && active.Any(c => c.Id == a.CaseId))
            .GroupBy(a => a.StaffId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var overdueTasks = await db.Tasks
            .Where(t => ids.Contains(t.AssignedToId) && t.Status == CaseTaskStatus.Open && t.DueOn < today && readable.Any(c => c.Id == t.CaseId))
            .GroupBy(t => t.AssignedToId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return ids.ToDictionary(id => id, id =>
        {
            var (cases, load, overdueContacts) = primary.GetValueOrDefault(id);
            return new WorkerLoad(cases, secondary.GetValueOrDefault(id), load, overdueTasks.GetValueOrDefault(id), overdueContacts);
        });
    }
}
