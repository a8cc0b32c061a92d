using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Organization;

/// <summary>Makes a program manager responsible for a program (they then read its cases), or removes them (<see cref="Remove"/>).</summary>
public sealed record SetProgramManager(Guid ProgramId, Guid StaffId, bool Remove = false);

public sealed class SetProgramManagerHandler(CasewellDbContext db)
{
    public async Task<Result> Handle(SetProgramManager request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == request.ProgramId, ct);
        if (program is null) return Result.NotFound();
        if (request.Remove)
        {
            program.RemoveManager(request.StaffId);
        }
        else
        {
            var role = await db.StaffUsers.Where(u => u.Id == request.StaffId && u.IsActive).Select(u => (StaffRole?)u.Role).SingleOrDefaultAsync(ct);
            if (role is null) return Result.Invalid("StaffId", "Choose an active staff member.");
            if (role != StaffRole.ProgramManager) return Result.Invalid("StaffId", "Only an account with the ProgramManager role can manage a program.");
            program.AddManager(request.StaffId);
        }
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
