using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.CaseTypes;

public sealed record CaseTypeRow(Guid Id, string Code, string Name, int? ContactFrequencyDays, string? ContactDescription, double LoadWeight, bool IsPart2);

/// <summary>The active case types, by name: what intake chooses from and what administrators maintain.</summary>
public sealed class ListCaseTypesHandler(CasewellDbContext db)
{
    public async Task<Result<IReadOnlyList<CaseTypeRow>>> Handle(CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadOrganization) is { } refused) return Result<IReadOnlyList<CaseTypeRow>>.From(refused);
        return Result<IReadOnlyList<CaseTypeRow>>.Ok(await db.CaseTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name)
            .Select(t => new CaseTypeRow(t.Id, t.Code, t.Name, t.ContactFrequencyDays, t.ContactDescription, t.LoadWeight, t.IsPart2))
            .ToListAsync(ct));
    }
}
