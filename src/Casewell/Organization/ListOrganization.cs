using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

public sealed record ProgramSummary(Guid Id, string Name, string? Description, bool IsActive, bool ClosureRequiresApproval, bool TeamMayViewCases,
    IReadOnlyList<Guid> ManagerIds, bool IsPart2);

public sealed record TeamMemberSummary(Guid StaffId, string DisplayName, bool IsSupervisor);

public sealed record TeamSummary(Guid Id, string Name, Guid? ProgramId, string? ProgramName, IReadOnlyList<TeamMemberSummary> Members);

public sealed class ListOrganizationHandler(CasewellDbContext db)
{
    public async Task<Result<IReadOnlyList<ProgramSummary>>> Programs(CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadOrganization) is { } refused) return Result<IReadOnlyList<ProgramSummary>>.From(refused);
        return Result<IReadOnlyList<ProgramSummary>>.Ok(await db.Programs.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ProgramSummary(p.Id, p.Name, p.Description, p.IsActive, p.ClosureRequiresApproval, p.TeamMayViewCases,
                p.Managers.Select(m => m.StaffId).ToList(), p.IsPart2)).ToListAsync(ct));
    }

    public async Task<Result<IReadOnlyList<TeamSummary>>> Teams(CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadOrganization) is { } refused) return Result<IReadOnlyList<TeamSummary>>.From(refused);
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).OrderBy(t => t.Name).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var staffIds = teams.SelectMany(t => t.Members).Select(m => m.StaffId).Distinct().ToList();
        var names = await db.StaffUsers.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return Result<IReadOnlyList<TeamSummary>>.Ok(teams.Select(t => new TeamSummary(t.Id, t.Name, t.ProgramId, t.ProgramId is { } p ? programs.GetValueOrDefault(p) : null,
            t.Members.Select(m => new TeamMemberSummary(m.StaffId, names.GetValueOrDefault(m.StaffId, "?"), m.IsSupervisor))
                .OrderByDescending(m => m.IsSupervisor).ThenBy(m => m.DisplayName).ToList())).ToList());
    }
}
