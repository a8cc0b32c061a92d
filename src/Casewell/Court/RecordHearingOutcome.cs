using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Court;

/// <summary>
/// Records what the court decided at a hearing whose time has come, and completes its preparation task. Where the court
/// set a next date, the next hearing is scheduled in the same save (same court, judge and people; the type given or the
/// same), with its own preparation task, as the court's calendar does.
/// </summary>
public sealed record RecordHearingOutcome(Guid HearingId, int? ExpectedVersion, string? Outcome, DateTimeOffset? NextStartsAt = null, CourtHearingType? NextType = null);

public sealed record RecordedHearingOutcome(int Version, Guid? NextHearingId);

public sealed class RecordHearingOutcomeHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar, CourtHearingSettings settings)
{
    public async Task<Result<RecordedHearingOutcome>> Handle(RecordHearingOutcome request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (hearing, @case, failure) = await HearingChange.LoadAsync(db, access, request.HearingId, request.ExpectedVersion, ct);
        if (hearing is null) return Result<RecordedHearingOutcome>.From(failure!);

        var now = clock.GetUtcNow();
        var actor = access.Actor;
        var versionLoaded = @case!.Version;
        var held = hearing.RecordOutcome(request.Outcome, actor, now);
        if (held.Failed) return HearingChange.Abandon<RecordedHearingOutcome>(db, held);
        var preparation = new HearingPreparation(db, calendar, settings);
        await preparation.EndAsync(hearing, @case, held: true, null, actor, now, ct);
        @case.NoteHearing(CaseEventKind.HearingHeld, hearing.Id, hearing.Court, calendar.DateOf(hearing.StartsAt), null, null, actor, now);

        if (request.NextStartsAt is not null || request.NextType is not null)
        {
            var next = hearing.ScheduleNext(Ids.New(clock), request.NextStartsAt, request.NextType, actor, now);
            if (next.Value is not { } following) return HearingChange.Abandon<RecordedHearingOutcome>(db, next);
            db.CourtHearings.Add(following);
            var prepared = await preparation.AddAsync(following, @case, actor, now, ct);
            if (prepared.Failed) return HearingChange.Abandon<RecordedHearingOutcome>(db, prepared);
            @case.NoteHearing(CaseEventKind.HearingScheduled, following.Id, following.Court, calendar.DateOf(following.StartsAt), null, null, actor, now);
        }

        var saved = await HearingChange.SaveAsync(db, hearing, @case, versionLoaded, ct);
        return saved.Succeeded
            ? Result<RecordedHearingOutcome>.Ok(new RecordedHearingOutcome(saved.Value, hearing.NextHearingId))
            : Result<RecordedHearingOutcome>.From(saved);
    }
}
