using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Collaterals;

/// <summary>Takes a professional off the client's current care team; the record stays for the history.</summary>
public sealed record EndCollateralContact(Guid ClientId, Guid ContactId);

public sealed class EndCollateralContactHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result> Handle(EndCollateralContact request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.Editable(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result.NotFound();
        var contact = await db.CollateralContacts.SingleOrDefaultAsync(c => c.Id == request.ContactId && c.ClientId == request.ClientId, ct);
        if (contact is null) return Result.NotFound();
        contact.End(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
