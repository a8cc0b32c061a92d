using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

/// <summary>An entry as stored: facts, which the reader's page puts into words in the reader's language.</summary>
public sealed record TimelineEntry(Guid Id, DateTimeOffset OccurredAt, CaseEventKind Kind, Guid ActorId, string ActorName,
    string? Subject, string? From, string? To, string? Reason, Guid? RelatedId);

public sealed record CaseTimeline(CaseHeading Case, IReadOnlyList<CaseEventKind> Kinds, PageOf<TimelineEntry> Entries);

/// <summary>
/// Everything that happened on a case, newest first, optionally only some kinds of entry, for whoever may read
/// the case. Reading it is recorded in the audit trail.
/// </summary>
public sealed record GetCaseTimeline(Guid CaseId, IReadOnlyList<CaseEventKind>? Kinds = null, int? Page = 1, int? PageSize = null);

public sealed class GetCaseTimelineHandler(CasewellDbContext db, CaseReads reads)
{
    public const int DefaultPageSize = 50;

    public async Task<Result<CaseTimeline>> Handle(GetCaseTimeline request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kinds = (request.Kinds ?? []).Distinct().ToList();
        if (kinds.Any(k => !Enum.IsDefined(k))) return Result<CaseTimeline>.Invalid("Kind", new Message(TimelineMessages.ChooseKinds));
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Timeline, kinds.Count > 0 ? "kinds " + string.Join(",", kinds) : null, ct);
        if (heading is null) return Result<CaseTimeline>.NotFound();

        var (page, size) = PageOf<TimelineEntry>.Normalize(request.Page, request.PageSize ?? DefaultPageSize);
        // The (case, occurred at) index gives the order; the kinds only filter the rows it walks.
        var events = db.CaseEvents.AsNoTracking().Where(e => e.CaseId == request.CaseId);
        if (kinds.Count > 0) events = events.Where(e => kinds.Contains(e.Kind));
        var entries = await PageOf<TimelineEntry>.ReadAsync(events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Select(e => new TimelineEntry(e.Id, e.OccurredAt, e.Kind, e.ActorId, e.ActorName, e.Subject, e.From, e.To, e.Reason, e.RelatedId)),
            page, size, ct);
        return Result<CaseTimeline>.Ok(new CaseTimeline(heading, kinds, entries));
    }
}
