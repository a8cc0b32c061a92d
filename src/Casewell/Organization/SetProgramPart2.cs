using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

/// <summary>Marks a program as a substance use treatment program under 42 CFR Part 2, or clears the mark.</summary>
public sealed record SetProgramPart2(Guid ProgramId, bool IsPart2);

public sealed class SetProgramPart2Handler(CasewellDbContext db)
{
    public async Task<Result> Handle(SetProgramPart2 request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return refused;
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == request.ProgramId, ct);
        if (program is null) return Result.NotFound();
        program.MarkPart2(request.IsPart2);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
