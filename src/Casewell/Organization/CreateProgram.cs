using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

public sealed record CreateProgram(string Name, string? Description);

public sealed class CreateProgramHandler(CasewellDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(CreateProgram request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return Result<Guid>.From(refused);
        var v = new Validation();
        v.Required("Name", request.Name, new Message(OrganizationMessages.RequiredProgramName));
        v.SingleLine("Name", request.Name, ServiceProgram.MaxNameLength, new Message(OrganizationMessages.ProgramName));
        v.MultiLine("Description", request.Description, ServiceProgram.MaxDescriptionLength, new Message(OrganizationMessages.Description));
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());
        var name = request.Name.Trim();
        if (await db.Programs.AnyAsync(p => p.Name == name, ct)) return Result<Guid>.Invalid("Name", new Message(OrganizationMessages.ProgramNameTaken));

        var program = new ServiceProgram(Ids.New(clock), name, request.Description);
        db.Programs.Add(program);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(program.Id);
    }
}
