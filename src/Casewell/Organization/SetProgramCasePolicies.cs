using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

/// <summary>How a program's cases are run: whether closures wait for a supervisor, whether workers see their team's cases.</summary>
public sealed record SetProgramCasePolicies(Guid ProgramId, bool ClosureRequiresApproval, bool TeamMayViewCases);

public sealed class SetProgramCasePoliciesHandler(CasewellDbContext db)
{
    public async Task<Result> Handle(SetProgramCasePolicies request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return refused;
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == request.ProgramId, ct);
        if (program is null) return Result.NotFound();
        program.SetCasePolicies(request.ClosureRequiresApproval, request.TeamMayViewCases);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
