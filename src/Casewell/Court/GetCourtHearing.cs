using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// A hearing, its case, and what the reader may do with it now: change it (continue or cancel it) while it is still to
/// be held and they change the case; record its outcome once its time has come too.
/// </summary>
public sealed record CourtHearingDetail(CourtHearingView Hearing, CaseHeading Case, bool MayChange, bool MayRecordOutcome);

/// <summary>One hearing with the case it belongs to, for whoever may read the case. Each view is audited.</summary>
public sealed record GetCourtHearing(Guid HearingId);

public sealed class GetCourtHearingHandler(CasewellDbContext db, CaseAccess access, CaseReads reads, TimeProvider clock)
{
    public async Task<Result<CourtHearingDetail>> Handle(GetCourtHearing request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = await reads.ReadHearingAsync(request.HearingId, CourtHearingShapes.View, ct);
        if (read is not { } found) return Result<CourtHearingDetail>.NotFound();
        var (hearing, heading) = found;

        var upcoming = hearing.Status is CourtHearingStatus.Scheduled or CourtHearingStatus.Continued;
        var mayChange = upcoming && await access.Editable(db.Cases).AnyAsync(c => c.Id == hearing.CaseId, ct);
        var mayRecord = mayChange && CourtHearing.OutcomeMayBeRecorded(hearing.Status, hearing.StartsAt, clock.GetUtcNow());
        return Result<CourtHearingDetail>.Ok(new CourtHearingDetail(hearing, heading, mayChange, mayRecord));
    }
}
