using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Court;

/// <summary>
/// The court put a hearing off: it moves to its new date (in the future), with the reason, and its open preparation task
/// moves with it.
/// </summary>
public sealed record ContinueHearing(Guid HearingId, int? ExpectedVersion, DateTimeOffset? StartsAt, string? Reason);

public sealed class ContinueHearingHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar, CourtHearingSettings settings)
{
    public async Task<Result<int>> Handle(ContinueHearing request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (hearing, @case, failure) = await HearingChange.LoadAsync(db, access, request.HearingId, request.ExpectedVersion, ct);
        if (hearing is null) return Result<int>.From(failure!);

        var now = clock.GetUtcNow();
        var versionLoaded = @case!.Version;
        var continued = hearing.ContinueTo(request.StartsAt, request.Reason, now);
        if (continued.Failed) return HearingChange.Abandon<int>(db, continued);
        await new HearingPreparation(db, calendar, settings).MoveAsync(hearing, @case, access.Actor, now, ct);
        @case.NoteHearing(CaseEventKind.HearingContinued, hearing.Id, hearing.Court, calendar.DateOf(hearing.StartsAt),
            calendar.DateOf(hearing.ContinuedFrom!.Value), hearing.Reason, access.Actor, now);
        return await HearingChange.SaveAsync(db, hearing, @case, versionLoaded, ct);
    }
}
