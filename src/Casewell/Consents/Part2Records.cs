using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Consents;

/// <summary>Whether a client has records under 42 CFR Part 2: a case of theirs (or a family case they are in) in a Part 2 program or of a Part 2 case type.</summary>
public static class Part2Records
{
    public static Task<bool> ExistForAsync(CasewellDbContext db, Guid clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Cases.Where(c => c.ClientId == clientId || db.CaseMembers.Any(m => m.CaseId == c.Id && m.ClientId == clientId))
            .AnyAsync(c => db.Programs.Any(p => p.Id == c.ProgramId && p.IsPart2) || db.CaseTypes.Any(t => t.Id == c.CaseTypeId && t.IsPart2), ct);
    }
}
