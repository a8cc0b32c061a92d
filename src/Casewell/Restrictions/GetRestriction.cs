using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Restrictions;

/// <summary>The restriction on a record, for those who manage it (the profile and case pages show them the panel).</summary>
public sealed record GetRestriction(RestrictedRecordKind Kind, Guid RecordId);

/// <summary>Null when the record is not restricted; NotFound or Forbidden when the actor may not manage it.</summary>
public sealed record RestrictionState(RestrictionView? InForce);

public sealed class GetRestrictionHandler(CasewellDbContext db, RestrictionManagers managers)
{
    public async Task<Result<RestrictionState>> Handle(GetRestriction request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await managers.MayManageAsync(request.Kind, request.RecordId, ct);
        if (allowed.Failed) return Result<RestrictionState>.From(allowed);
        var restriction = await RestrictionView.InForceAsync(db, request.Kind, request.RecordId, ct);
        return Result<RestrictionState>.Ok(new(restriction is null ? null : await RestrictionView.OfAsync(db, restriction, ct)));
    }
}
