using Casewell.Access;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

public sealed record AssignableWorker(Guid Id, string Name, string TeamName);

/// <summary>The workers a supervisor may give a case to: active case workers and supervisors on the teams they lead, the case's team first.</summary>
public sealed record ListAssignableWorkers(Guid CaseTeamId);

public sealed class ListAssignableWorkersHandler(CasewellDbContext db, CaseAccess access)
{
    public async Task<IReadOnlyList<AssignableWorker>> Handle(ListAssignableWorkers request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanSupervise) return [];
        var me = access.Actor.Id;
        var teams = await db.Teams.AsNoTracking()
            .Where(t => t.IsActive && t.Members.Any(m => m.StaffId == me && m.IsSupervisor))
            .Select(t => new { t.Id, t.Name, Members = t.Members.Select(m => m.StaffId).ToList() })
            .ToListAsync(ct);
        var memberIds = teams.SelectMany(t => t.Members).Distinct().ToList();
        var people = await db.StaffUsers.AsNoTracking()
            .Where(u => memberIds.Contains(u.Id) && u.IsActive && (u.Role == StaffRole.CaseWorker || u.Role == StaffRole.Supervisor))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. teams.OrderBy(t => t.Id == request.CaseTeamId ? 0 : 1).ThenBy(t => t.Name)
            .SelectMany(t => t.Members.Where(people.ContainsKey).Select(id => new AssignableWorker(id, people[id], t.Name)).OrderBy(w => w.Name))
            .DistinctBy(w => w.Id)];
    }
}
