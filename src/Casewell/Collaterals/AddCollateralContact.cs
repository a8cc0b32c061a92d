using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Collaterals;

public sealed record AddCollateralContact(Guid ClientId, CollateralDetails Details);

public sealed class AddCollateralContactHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(AddCollateralContact request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.Editable(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result<Guid>.NotFound();
        var v = new Validation();
        CollateralRules.Check(v, request.Details);
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());
        var contact = new CollateralContact(Ids.New(clock), request.ClientId, request.Details, clock.GetUtcNow());
        db.CollateralContacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(contact.Id);
    }
}
