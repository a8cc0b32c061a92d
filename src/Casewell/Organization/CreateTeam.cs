using Casewell.Access;
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
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return Result<Guid>.From(refused);
        var v = new Validation();
        v.Required("Name", request.Name, new Message(OrganizationMessages.RequiredTeamName));
        v.SingleLine("Name", request.Name, Team.MaxNameLength, new Message(OrganizationMessages.TeamName));
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());
        var name = request.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name, ct)) return Result<Guid>.Invalid("Name", new Message(OrganizationMessages.TeamNameTaken));
        if (request.ProgramId is { } programId && !await db.Programs.AnyAsync(p => p.Id == programId, ct))
            return Result<Guid>.Invalid("ProgramId", new Message(OrganizationMessages.NoSuchProgram));

        var team = new Team(Ids.New(clock), name, request.ProgramId);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(team.Id);
    }
}
