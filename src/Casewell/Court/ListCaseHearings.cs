using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

public enum HearingListFilter
{
    /// <summary>Still to be held (scheduled or continued), soonest first: one whose date has passed waits there for its outcome.</summary>
    Upcoming,

    /// <summary>Held or cancelled, latest first.</summary>
    Past,
}

public sealed record CaseHearings(CaseHeading Case, PageOf<CourtHearingView> Hearings);

/// <summary>A case's court hearings, upcoming or past, for whoever may read the case; each view is audited.</summary>
public sealed record ListCaseHearings(Guid CaseId, HearingListFilter Filter = HearingListFilter.Upcoming, int? Page = 1, int? PageSize = null);

public sealed class ListCaseHearingsHandler(CasewellDbContext db, CaseReads reads)
{
    public async Task<Result<CaseHearings>> Handle(ListCaseHearings request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Filter)) return Result<CaseHearings>.Invalid("Status", new Message(CourtHearingMessages.ChooseUpcomingOrPast));
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Hearings, null, ct);
        if (heading is null) return Result<CaseHearings>.NotFound();

        var (page, size) = PageOf<CourtHearingView>.Normalize(request.Page, request.PageSize);
        var hearings = db.CourtHearings.AsNoTracking().Where(h => h.CaseId == request.CaseId);
        hearings = request.Filter == HearingListFilter.Upcoming
            ? hearings.Where(h => h.Status == CourtHearingStatus.Scheduled || h.Status == CourtHearingStatus.Continued).OrderBy(h => h.StartsAt).ThenBy(h => h.Id)
            : hearings.Where(h => h.Status == CourtHearingStatus.Held || h.Status == CourtHearingStatus.Cancelled).OrderByDescending(h => h.StartsAt).ThenByDescending(h => h.Id);
        var rows = await PageOf<CourtHearingView>.ReadAsync(hearings.Select(CourtHearingShapes.View), page, size, ct);
        return Result<CaseHearings>.Ok(new CaseHearings(heading, rows));
    }
}
