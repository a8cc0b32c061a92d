using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Court;

/// <summary>
/// A hearing of the court on a case: when (stored in UTC, shown in the agency's time), which court, what kind,
/// before whom, with whom, and once held what came of it. Its rules live here, whoever calls: a new hearing is in the
/// future, no outcome is recorded before the hearing's time has come, a continued hearing gets its new date, and a
/// held or cancelled hearing is final. The case's timeline and the preparation task follow through the handlers,
/// which change them in the same save.
/// </summary>
public sealed class CourtHearing : IVersioned
{
    public const int MaxCourtLength = 200;
    public const int MaxJudgeLength = 200;
    public const int MaxOutcomeLength = 4000;

    /// <summary>Goes on the timeline too, so it is held to the timeline's limit.</summary>
    public const int MaxReasonLength = CaseEvent.MaxReasonLength;

    /// <summary>A dependency hearing has a dozen people at most: both parents' attorneys, the child's, the GAL, the agency's...</summary>
    public const int MaxParties = 20;

    /// <summary>Courts calendar months ahead, a permanency hearing a year; further is a typo.</summary>
    public const int MaxYearsAhead = 5;

    private readonly List<CourtHearingParty> parties = [];

    private CourtHearing() { }

    private CourtHearing(Guid id, Guid caseId, DateTimeOffset startsAt, CourtHearingType type, string court, string? judge,
        IEnumerable<(string Name, string Role)> people, StaffRef scheduledBy, DateTimeOffset now, Guid? previousHearingId)
    {
        Id = id;
        CaseId = caseId;
        StartsAt = startsAt.ToUniversalTime();
        Type = type;
        Court = court.Trim();
        Judge = TextRules.OrNull(judge);
        Status = CourtHearingStatus.Scheduled;
        ScheduledById = scheduledBy.Id;
        ScheduledByName = scheduledBy.Name;
        ScheduledAt = now;
        PreviousHearingId = previousHearingId;
        var position = 0;
        foreach (var (name, role) in people)
            parties.Add(new CourtHearingParty(Guid.CreateVersion7(now), id, caseId, position++, name, role));
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>The instant the hearing is set for, in UTC.</summary>
    public DateTimeOffset StartsAt { get; private set; }
    public CourtHearingType Type { get; private set; }
    public string Court { get; private set; } = "";
    public string? Judge { get; private set; }
    public CourtHearingStatus Status { get; private set; }
    public IReadOnlyList<CourtHearingParty> Parties => parties;

    public Guid ScheduledById { get; private set; }
    public string ScheduledByName { get; private set; } = "";
    public DateTimeOffset ScheduledAt { get; private set; }

    /// <summary>The date it was set for before its last continuance; null when never continued.</summary>
    public DateTimeOffset? ContinuedFrom { get; private set; }
    public int ContinuanceCount { get; private set; }

    /// <summary>Why it was last continued, or why it was cancelled.</summary>
    public string? Reason { get; private set; }

    public string? Outcome { get; private set; }
    public DateTimeOffset? OutcomeRecordedAt { get; private set; }
    public Guid? OutcomeRecordedById { get; private set; }
    public string? OutcomeRecordedByName { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The hearing whose outcome set this one; and the one this one's outcome set (the court's next date).</summary>
    public Guid? PreviousHearingId { get; private set; }
    public Guid? NextHearingId { get; private set; }

    /// <summary>The task of preparing for it, which moves and ends with the hearing.</summary>
    public Guid? PreparationTaskId { get; private set; }
    public int Version { get; set; }

    /// <summary>Still to be held: scheduled, or continued to a new date.</summary>
    public bool IsUpcoming => Status is CourtHearingStatus.Scheduled or CourtHearingStatus.Continued;

    /// <summary>Whether a hearing's outcome may be recorded now: it is still to be held, and its time has come.</summary>
    public static bool OutcomeMayBeRecorded(CourtHearingStatus status, DateTimeOffset startsAt, DateTimeOffset now) =>
        status is CourtHearingStatus.Scheduled or CourtHearingStatus.Continued && now >= startsAt;

    /// <summary>A new hearing on a case, or the field errors of what was entered.</summary>
    public static Result<CourtHearing> Schedule(Guid id, Guid caseId, CourtHearingDetails details, StaffRef scheduledBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(scheduledBy);
        var v = new Validation();
        CheckStart(v, "StartsAt", details.StartsAt, now);
        if (details.Type is not { } type || !Enum.IsDefined(type)) v.Add("Type", new Message(CourtHearingMessages.ChooseType));
        v.Required("Court", details.Court, new Message(CourtHearingMessages.RequiredCourt));
        v.SingleLine("Court", details.Court, MaxCourtLength, new Message(CourtHearingMessages.Court));
        v.SingleLine("Judge", details.Judge, MaxJudgeLength, new Message(CourtHearingMessages.Judge));
        var people = details.Parties ?? [];
        if (people.Count > MaxParties) v.Add("Parties", new Message(CourtHearingMessages.TooManyParties, MaxParties));
        for (var i = 0; i < people.Count && i < MaxParties; i++)
        {
            var person = people[i];
            var field = $"Parties[{i}]";
            if (person is null)
            {
                v.Add($"{field}.Name", new Message(ValidationMessages.Required, new Message(CourtHearingMessages.RequiredPartyName)));
                continue;
            }
            v.Required($"{field}.Name", person.Name, new Message(CourtHearingMessages.RequiredPartyName));
            v.SingleLine($"{field}.Name", person.Name, CourtHearingParty.MaxNameLength, new Message(CourtHearingMessages.PartyName));
            v.Required($"{field}.Role", person.Role, new Message(CourtHearingMessages.RequiredPartyRole));
            v.SingleLine($"{field}.Role", person.Role, CourtHearingParty.MaxRoleLength, new Message(CourtHearingMessages.PartyRole));
        }
        if (v.HasErrors) return Result<CourtHearing>.Invalid(v.ToDictionary());
        return Result<CourtHearing>.Ok(new CourtHearing(id, caseId, details.StartsAt!.Value, details.Type!.Value, details.Court!, details.Judge,
            people.Select(p => (p.Name!, p.Role!)), scheduledBy, now, previousHearingId: null));
    }

    /// <summary>
    /// Records what the court decided, once the hearing's time has come; a hearing not yet held has no outcome. The
    /// preparation is over then: the handler completes its task.
    /// </summary>
    public Result RecordOutcome(string? outcome, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsUpcoming) return Result.Refused(new Message(CourtHearingMessages.AlreadyFinal, CourtHearingMessages.Status(Status)));
        var v = new Validation();
        v.Required("Outcome", outcome, new Message(CourtHearingMessages.RequiredOutcome));
        v.MultiLine("Outcome", outcome, MaxOutcomeLength, new Message(CourtHearingMessages.Outcome));
        if (v.HasErrors) return v.ToResult();
        if (!OutcomeMayBeRecorded(Status, StartsAt, now)) return Result.Refused(new Message(CourtHearingMessages.NotYetHeld));
        Status = CourtHearingStatus.Held;
        Outcome = outcome!.Trim();
        OutcomeRecordedAt = now;
        OutcomeRecordedById = by.Id;
        OutcomeRecordedByName = by.Name;
        return Result.Ok();
    }

    /// <summary>
    /// The next date the court set at this (held) hearing: a new hearing at the same court, before the same judge, with
    /// the same people, of the type given or else the same. Errors name <paramref name="field"/>.
    /// </summary>
    public Result<CourtHearing> ScheduleNext(Guid id, DateTimeOffset? startsAt, CourtHearingType? type, StaffRef by, DateTimeOffset now, string field = "NextStartsAt")
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CourtHearingStatus.Held) return Result<CourtHearing>.Refused(new Message(CourtHearingMessages.NotYetHeld));
        var v = new Validation();
        CheckStart(v, field, startsAt, now);
        if (type is { } t && !Enum.IsDefined(t)) v.Add("NextType", new Message(CourtHearingMessages.ChooseType));
        if (v.HasErrors) return Result<CourtHearing>.Invalid(v.ToDictionary());
        var next = new CourtHearing(id, CaseId, startsAt!.Value, type ?? Type, Court, Judge, parties.Select(p => (p.Name, p.Role)), by, now, previousHearingId: Id);
        NextHearingId = next.Id;
        return Result<CourtHearing>.Ok(next);
    }

    /// <summary>The court put the hearing off to a new date, which must be a real, future change; the reason stays.</summary>
    public Result ContinueTo(DateTimeOffset? startsAt, string? reason, DateTimeOffset now)
    {
        if (!IsUpcoming) return Result.Refused(new Message(CourtHearingMessages.AlreadyFinal, CourtHearingMessages.Status(Status)));
        var v = new Validation();
        CheckStart(v, "StartsAt", startsAt, now);
        if (startsAt is { } same && same == StartsAt) v.Add("StartsAt", new Message(CourtHearingMessages.SameStart));
        CheckReason(v, reason);
        if (v.HasErrors) return v.ToResult();
        ContinuedFrom = StartsAt;
        StartsAt = startsAt!.Value.ToUniversalTime();
        ContinuanceCount++;
        Reason = reason!.Trim();
        Status = CourtHearingStatus.Continued;
        return Result.Ok();
    }

    /// <summary>The hearing will not take place (the petition was dismissed, the case resolved); the reason stays.</summary>
    public Result Cancel(string? reason, DateTimeOffset now)
    {
        if (!IsUpcoming) return Result.Refused(new Message(CourtHearingMessages.AlreadyFinal, CourtHearingMessages.Status(Status)));
        var v = new Validation();
        CheckReason(v, reason);
        if (v.HasErrors) return v.ToResult();
        Status = CourtHearingStatus.Cancelled;
        Reason = reason!.Trim();
        CancelledAt = now;
        return Result.Ok();
    }

    /// <summary>Ties the preparation task made for the hearing to it, so that moving or ending the hearing finds it.</summary>
    public void PreparedBy(Guid taskId) => PreparationTaskId = taskId;

    private static void CheckStart(Validation v, string field, DateTimeOffset? startsAt, DateTimeOffset now)
    {
        if (startsAt is not { } start) v.Add(field, new Message(CourtHearingMessages.RequiredStartsAt));
        else if (start <= now) v.Add(field, new Message(CourtHearingMessages.StartsInPast));
        else if (start > now.AddYears(MaxYearsAhead)) v.Add(field, new Message(CourtHearingMessages.StartsTooFar, MaxYearsAhead));
    }

    private static void CheckReason(Validation v, string? reason)
    {
        v.Required("Reason", reason, new Message(CourtHearingMessages.RequiredReason));
        v.MultiLine("Reason", reason, MaxReasonLength, new Message(CourtHearingMessages.Reason));
    }
}
