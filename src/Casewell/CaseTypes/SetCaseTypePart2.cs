using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.CaseTypes;

/// <summary>Marks a case type as substance use treatment under 42 CFR Part 2, or clears the mark.</summary>
public sealed record SetCaseTypePart2(Guid CaseTypeId, bool IsPart2);

public sealed class SetCaseTypePart2Handler(CasewellDbContext db)
{
    public async Task<Result> Handle(SetCaseTypePart2 request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return refused;
        var type = await db.CaseTypes.SingleOrDefaultAsync(t => t.Id == request.CaseTypeId, ct);
        if (type is null) return Result.NotFound();
        type.MarkPart2(request.IsPart2);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
