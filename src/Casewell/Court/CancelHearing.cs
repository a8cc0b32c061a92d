using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Court;

/// <summary>A hearing that will not take place: cancelled with the reason, and its open preparation task with it.</summary>
public sealed record CancelHearing(Guid HearingId, int? ExpectedVersion, string? Reason);

public sealed class CancelHearingHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar, CourtHearingSettings settings)
{
    public async Task<Result<int>> Handle(CancelHearing request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (hearing, @case, failure) = await HearingChange.LoadAsync(db, access, request.HearingId, request.ExpectedVersion, ct);
        if (hearing is null) return Result<int>.From(failure!);

        var now = clock.GetUtcNow();
        var versionLoaded = @case!.Version;
        var cancelled = hearing.Cancel(request.Reason, now);
        if (cancelled.Failed) return HearingChange.Abandon<int>(db, cancelled);
        await new HearingPreparation(db, calendar, settings).EndAsync(hearing, @case, held: false, hearing.Reason, access.Actor, now, ct);
        @case.NoteHearing(CaseEventKind.HearingCancelled, hearing.Id, hearing.Court, calendar.DateOf(hearing.StartsAt), null, hearing.Reason, access.Actor, now);
        return await HearingChange.SaveAsync(db, hearing, @case, versionLoaded, ct);
    }
}
