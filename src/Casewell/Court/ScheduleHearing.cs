using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// Schedules a court hearing on a case the actor may change, with its preparation task (due
/// <c>Court:PreparationDays</c> before, or today when the hearing is sooner) for the case's primary worker, and the
/// timeline's entry, in one save. A closed case takes no hearing.
/// </summary>
public sealed record ScheduleHearing(Guid CaseId, DateTimeOffset? StartsAt, CourtHearingType? Type, string? Court, string? Judge,
    IReadOnlyList<CourtHearingPartyDetails>? Parties);

public sealed record ScheduledHearing(Guid HearingId, int Version, Guid? PreparationTaskId);

public sealed class ScheduleHearingHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar, CourtHearingSettings settings)
{
    public async Task<Result<ScheduledHearing>> Handle(ScheduleHearing request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, failure) = await CaseChange.LoadAsync(db, access, request.CaseId, null, ct);
        if (@case is null) return Result<ScheduledHearing>.From(failure!);
        // Before the fields: a closed case refuses whatever is entered, and the answer would otherwise blame the form.
        if (!@case.IsActive) return Result<ScheduledHearing>.Refused(new Message(CourtHearingMessages.ClosedCase));

        var now = clock.GetUtcNow();
        var scheduled = CourtHearing.Schedule(Ids.New(clock), @case.Id,
            new CourtHearingDetails(request.StartsAt, request.Type, request.Court, request.Judge, request.Parties), access.Actor, now);
        if (scheduled.Value is not { } hearing) return Result<ScheduledHearing>.From(scheduled);

        var versionLoaded = @case.Version;
        db.CourtHearings.Add(hearing);
        var prepared = await new HearingPreparation(db, calendar, settings).AddAsync(hearing, @case, access.Actor, now, ct);
        if (prepared.Failed) return HearingChange.Abandon<ScheduledHearing>(db, prepared);
        @case.NoteHearing(CaseEventKind.HearingScheduled, hearing.Id, hearing.Court, calendar.DateOf(hearing.StartsAt), null, null, access.Actor, now);
        var saved = await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
        return saved.Failed ? Result<ScheduledHearing>.From(saved) : Result<ScheduledHearing>.Ok(new ScheduledHearing(hearing.Id, hearing.Version, hearing.PreparationTaskId));
    }

    /// <summary>Whether the actor may schedule hearings on the case now, for the page's form: they change it, and it is not closed.</summary>
    public Task<bool> MayScheduleAsync(Guid caseId, CancellationToken ct) =>
        access.Editable(db.Cases).AnyAsync(c => c.Id == caseId && c.Status != CaseStatus.Closed, ct);
}
