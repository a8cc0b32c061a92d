using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

public sealed record CreateTeam(string Name, Guid? ProgramId);

public sealed class CreateTeamHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(CreateTeam request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Required("Name", request.Name, "a team name");
        v.SingleLine("Name", request.Name, Team.MaxNameLength, "team name");
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());
        var name = request.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name, ct)) return Result<Guid>.Invalid("Name", "A team with this name already exists.");
        if (request.ProgramId is { } programId && !await db.Programs.AnyAsync(p => p.Id == programId, ct))
            return Result<Guid>.Invalid("ProgramId", "Choose a program that exists.");

        var team = new Team(Ids.New(clock), name, request.ProgramId);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(team.Id);
    }
}
