using Casewell.Common;

namespace Casewell.Cases;

/// <summary>
/// One episode of service for a client (or a family) in a program. Its lifecycle rules live here, so every
/// caller (page, API, background job) is held to them; each transition writes its timeline entry in the
/// same save, so a change and its history are all-or-nothing.
/// </summary>
public sealed class Case : IVersioned
{
    public const int MaxReasonLength = CaseEvent.MaxReasonLength;
    public const int MaxReferralReasonLength = 2000;
    public const int MaxPresentingNeedsLength = 4000;
    public const int MaxCaseNumberLength = 20;

    private readonly List<CaseAssignment> assignments = [];
    private readonly List<CaseMember> members = [];
    private readonly List<CaseEvent> events = [];

    /// <summary>Made by the constructor in this unit of work, not loaded: its first save writes version 0.</summary>
    private readonly bool isNew;

    private Case() { }

    public Case(Guid id, string caseNumber, CaseIntake intake, StaffRef openedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(openedBy);
        isNew = true;
        Id = id;
        CaseNumber = caseNumber;
        ClientId = intake.ClientId;
        ProgramId = intake.ProgramId;
        TeamId = intake.TeamId;
        CaseTypeId = intake.CaseTypeId;
        Priority = intake.Priority;
        ReferralSource = intake.ReferralSource;
        ReferralReason = intake.ReferralReason.Trim();
        PresentingNeeds = TextRules.OrNull(intake.PresentingNeeds);
        Status = CaseStatus.Referred;
        ReferredAt = now;
        CreatedBy = openedBy.Id;
        foreach (var member in intake.HouseholdMemberIds.Where(m => m != intake.ClientId).Distinct())
            members.Add(new CaseMember(id, member));
        Record(now, openedBy, CaseEventKind.Opened, to: nameof(CaseStatus.Referred), reason: ReferralReason);
    }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public Guid ClientId { get; private set; }
    public Guid ProgramId { get; private set; }

    /// <summary>The team whose queue and supervisors the case belongs to.</summary>
    public Guid TeamId { get; private set; }
    public Guid CaseTypeId { get; private set; }
    public CaseStatus Status { get; private set; }
    public CasePriority Priority { get; private set; }
    public ReferralSource ReferralSource { get; private set; }
    public string ReferralReason { get; private set; } = "";
    public string? PresentingNeeds { get; private set; }
    public DateTimeOffset ReferredAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosureReason { get; private set; }
    public ClosureOutcome? ClosureOutcome { get; private set; }

    /// <summary>A closure waiting for the supervisor's approval, where the program asks for one.</summary>
    public PendingClosure? PendingClosure
    {
        get => ClosureRequestedAt is { } at ? new PendingClosure(RequestedClosureReason!, RequestedClosureOutcome!.Value, ClosureRequestedById!.Value, ClosureRequestedByName!, at) : null;
        private set
        {
            RequestedClosureReason = value?.Reason;
            RequestedClosureOutcome = value?.Outcome;
            ClosureRequestedById = value?.RequestedById;
            ClosureRequestedByName = value?.RequestedByName;
            ClosureRequestedAt = value?.RequestedAt;
        }
    }

    // The pending closure's columns. Flat on the case rather than an owned type, so that asking for a closure
    // changes the case row itself and goes through its optimistic concurrency check.
    public string? RequestedClosureReason { get; private set; }
    public ClosureOutcome? RequestedClosureOutcome { get; private set; }
    public Guid? ClosureRequestedById { get; private set; }
    public string? ClosureRequestedByName { get; private set; }
    public DateTimeOffset? ClosureRequestedAt { get; private set; }

    /// <summary>
    /// Set by every change, so that even one that only adds an assignment or a timeline entry updates the case
    /// row, bumps its version and is checked against a concurrent writer.
    /// </summary>
    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>Kept on the case (not computed from assignments) so caseload lists stay one indexed read.</summary>
    public Guid? PrimaryWorkerId { get; private set; }
    public DateTimeOffset? LastContactAt { get; private set; }

    /// <summary>When the next required contact is due; null when the case type sets no frequency or the case is closed.</summary>
    public DateOnly? NextContactDue { get; private set; }
    /// <summary>The day the overdue sweep first found the required contact overdue; cleared by the next contact.</summary>
    public DateOnly? ContactOverdueSince { get; private set; }
    public Guid CreatedBy { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<CaseAssignment> Assignments => assignments;
    public IReadOnlyList<CaseMember> Members => members;

    /// <summary>Entries added by this instance's changes; the full timeline is read with a query.</summary>
    public IReadOnlyList<CaseEvent> NewEvents => events;

    public bool IsActive => Status != CaseStatus.Closed;

    public Result Open(StaffRef actor, DateTimeOffset now)
    {
        if (Status != CaseStatus.Referred) return Refuse($"Only a referred case can be opened; this one is {Status}.");
        if (PrimaryWorkerId is null) return Refuse("Assign a primary worker before opening the case.");
        OpenedAt = now;
        return ChangeStatus(CaseStatus.Open, actor, now, null);
    }

    public Result PutOnHold(string reason, StaffRef actor, DateTimeOffset now)
    {
        if (Status != CaseStatus.Open) return Refuse("Only an open case can be put on hold.");
        if (PendingClosure is not null) return Refuse("The case is waiting for approval of its closure.");
        return RequireReason(reason) ?? ChangeStatus(CaseStatus.OnHold, actor, now, reason);
    }

    public Result Resume(string? reason, StaffRef actor, DateTimeOffset now)
    {
        if (Status != CaseStatus.OnHold) return Refuse("Only a case on hold can be resumed.");
        return ChangeStatus(CaseStatus.Open, actor, now, reason);
    }

    /// <summary>
    /// Closes the case, or, when the program wants a supervisor to approve closures and the actor is not one
    /// of the case's supervisors, asks for that approval. Open tasks must be resolved first.
    /// </summary>
    public Result Close(string reason, ClosureOutcome outcome, int openTasks, bool needsApproval, StaffRef actor, DateTimeOffset now)
    {
        if (Status == CaseStatus.Closed) return Refuse("The case is already closed.");
        if (PendingClosure is not null) return Refuse("The closure is already waiting for approval.");
        if (RequireReason(reason) is { } missing) return missing;
        if (!Enum.IsDefined(outcome)) return Result.Invalid("Outcome", "Choose the outcome.");
        if (openTasks > 0) return Refuse($"The case has {openTasks} open task(s). Complete or cancel them before closing.");
        if (needsApproval)
        {
            PendingClosure = new PendingClosure(reason.Trim(), outcome, actor.Id, actor.Name, now);
            Record(now, actor, CaseEventKind.ClosureRequested, to: outcome.ToString(), reason: reason);
            return Result.Ok();
        }
        return Finish(reason, outcome, actor, now, CaseEventKind.Closed);
    }

    public Result ApproveClosure(StaffRef supervisor, DateTimeOffset now, int openTasks)
    {
        if (PendingClosure is not { } pending) return Refuse("No closure is waiting for approval.");
        if (openTasks > 0) return Refuse($"The case has {openTasks} open task(s) again. Resolve them before approving.");
        PendingClosure = null;
        return Finish(pending.Reason, pending.Outcome, supervisor, now, CaseEventKind.ClosureApproved);
    }

    public Result RejectClosure(string reason, StaffRef supervisor, DateTimeOffset now)
    {
        if (PendingClosure is null) return Refuse("No closure is waiting for approval.");
        if (RequireReason(reason) is { } missing) return missing;
        PendingClosure = null;
        Record(now, supervisor, CaseEventKind.ClosureRejected, reason: reason);
        return Result.Ok();
    }

    /// <summary>A reopened case is the same case: its number, history and assignments carry on.</summary>
    public Result Reopen(string reason, StaffRef actor, DateTimeOffset now, int? contactFrequencyDays, DateOnly today)
    {
        if (Status != CaseStatus.Closed) return Refuse("Only a closed case can be reopened.");
        if (RequireReason(reason) is { } missing) return missing;
        ClosedAt = null;
        ClosureReason = null;
        ClosureOutcome = null;
        var status = PrimaryWorkerId is null ? CaseStatus.Referred : CaseStatus.Open;
        Record(now, actor, CaseEventKind.Reopened, from: nameof(CaseStatus.Closed), to: status.ToString(), reason: reason);
        Status = status;
        ScheduleNextContact(contactFrequencyDays, today);
        return Result.Ok();
    }

    /// <summary>Makes <paramref name="worker"/> the primary worker, ending the current one's assignment (a transfer).</summary>
    public Result AssignPrimary(StaffRef worker, string? reason, StaffRef actor, DateTimeOffset now, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(newId);
        if (Status == CaseStatus.Closed) return Refuse("A closed case cannot be assigned; reopen it first.");
        if (PrimaryWorkerId == worker.Id) return Refuse($"{worker.Name} is already the primary worker.");
        var current = CurrentAssignment(AssignmentRole.Primary);
        if (current is not null && RequireReason(reason) is { } missing) return missing;

        current?.End(now, reason);
        // Someone promoted from secondary to primary holds one assignment, not two.
        CurrentAssignment(AssignmentRole.Secondary, worker.Id)?.End(now, "Became the primary worker");
        assignments.Add(new CaseAssignment(newId(), Id, worker.Id, worker.Name, AssignmentRole.Primary, now, actor.Id));
        PrimaryWorkerId = worker.Id;
        Record(now, actor, current is null ? CaseEventKind.Assigned : CaseEventKind.Transferred,
            subject: worker.Name, from: current?.StaffName, to: nameof(AssignmentRole.Primary), reason: reason, relatedId: worker.Id);
        return Result.Ok();
    }

    public Result AddSecondary(StaffRef worker, StaffRef actor, DateTimeOffset now, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(newId);
        if (Status == CaseStatus.Closed) return Refuse("A closed case cannot be assigned; reopen it first.");
        if (PrimaryWorkerId == worker.Id || CurrentAssignment(AssignmentRole.Secondary, worker.Id) is not null)
            return Refuse($"{worker.Name} already works on this case.");
        assignments.Add(new CaseAssignment(newId(), Id, worker.Id, worker.Name, AssignmentRole.Secondary, now, actor.Id));
        Record(now, actor, CaseEventKind.Assigned, subject: worker.Name, to: nameof(AssignmentRole.Secondary), relatedId: worker.Id);
        return Result.Ok();
    }

    /// <summary>
    /// Takes a worker off the case. When the primary worker goes, the case returns to its team's queue: it is
    /// never left with nobody, unnoticed.
    /// </summary>
    public Result Unassign(Guid staffId, string reason, StaffRef actor, DateTimeOffset now)
    {
        var assignment = assignments.FirstOrDefault(a => a.IsCurrent && a.StaffId == staffId);
        if (assignment is null) return Refuse("This worker is not assigned to the case.");
        if (RequireReason(reason) is { } missing) return missing;
        assignment.End(now, reason);
        if (assignment.Role == AssignmentRole.Primary) PrimaryWorkerId = null;
        Record(now, actor, CaseEventKind.Unassigned, subject: assignment.StaffName, from: assignment.Role.ToString(), reason: reason, relatedId: staffId);
        return Result.Ok();
    }

    /// <summary>Moves the case to another team (a transfer across units); it keeps its workers only if the caller reassigns them.</summary>
    internal void MoveToTeam(Guid teamId) => TeamId = teamId;

    public void RecordContact(DateTimeOffset occurredAt, int? contactFrequencyDays, DateOnly occurredOn)
    {
        if (LastContactAt is { } last && last >= occurredAt) return;
        LastContactAt = occurredAt;
        ScheduleNextContact(contactFrequencyDays, occurredOn);
    }

    /// <summary>The next contact is due a full period after the last one (or after the case was referred).</summary>
    public void ScheduleNextContact(int? contactFrequencyDays, DateOnly from)
    {
        NextContactDue = IsActive && contactFrequencyDays is > 0 ? from.AddDays(contactFrequencyDays.Value) : null;
        ContactOverdueSince = null;
    }

    public bool IsContactOverdue(DateOnly today) => IsActive && NextContactDue is { } due && due < today;

    /// <summary>Notes once that the required contact is overdue, on the timeline; true when this call is the one that noticed.</summary>
    public bool MarkContactOverdue(DateOnly today, DateTimeOffset now)
    {
        if (!IsContactOverdue(today) || ContactOverdueSince is not null) return false;
        ContactOverdueSince = today;
        Record(now, StaffRef.Casewell, CaseEventKind.ContactOverdue, to: NextContactDue is { } due ? CaseEvent.DateValue(due) : null);
        return true;
    }

    public void AddEvent(CaseEvent entry) => events.Add(entry);

    public CaseAssignment? CurrentAssignment(AssignmentRole role, Guid? staffId = null) =>
        assignments.FirstOrDefault(a => a.IsCurrent && a.Role == role && (staffId is null || a.StaffId == staffId));

    public bool IsAssignedTo(Guid staffId) => assignments.Any(a => a.IsCurrent && a.StaffId == staffId);

    private Result Finish(string reason, ClosureOutcome outcome, StaffRef actor, DateTimeOffset now, CaseEventKind kind)
    {
        var from = Status;
        Status = CaseStatus.Closed;
        ClosedAt = now;
        ClosureReason = reason.Trim();
        ClosureOutcome = outcome;
        NextContactDue = null;
        Record(now, actor, kind, from: from.ToString(), to: outcome.ToString(), reason: reason);
        return Result.Ok();
    }

    private Result ChangeStatus(CaseStatus to, StaffRef actor, DateTimeOffset now, string? reason)
    {
        var from = Status;
        Status = to;
        Record(now, actor, CaseEventKind.StatusChanged, from: from.ToString(), to: to.ToString(), reason: reason);
        return Result.Ok();
    }

    private void Record(DateTimeOffset now, StaffRef actor, CaseEventKind kind, string? subject = null, string? from = null,
        string? to = null, string? reason = null, Guid? relatedId = null)
    {
        LastChangedAt = now;
        // The save that writes this entry bumps an existing case to Version + 1; a new case is saved as version 0.
        events.Add(new CaseEvent(Guid.CreateVersion7(now), Id, now, actor, kind, isNew ? 0 : Version + 1, subject, from, to, reason, relatedId));
    }

    /// <summary>A refusal of a reason's text (its length and characters), or null when it may be stored; an absent reason is fine here.</summary>
    public static Result? ReasonText(string? reason)
    {
        var v = new Validation();
        v.MultiLine("Reason", reason, MaxReasonLength, "reason");
        return v.HasErrors ? v.ToResult() : null;
    }

    private static Result? RequireReason(string? reason)
    {
        if (TextRules.IsBlank(reason)) return Result.Invalid("Reason", "Enter the reason.");
        return ReasonText(reason);
    }

    /// <summary>A step the lifecycle does not allow from here: not a concurrency conflict, so not a 409.</summary>
    private static Result Refuse(string message) => Result.Refused(message);
}

/// <summary>A closure a worker asked for, waiting for the supervisor.</summary>
public sealed record PendingClosure(string Reason, ClosureOutcome Outcome, Guid RequestedById, string RequestedByName, DateTimeOffset RequestedAt);

/// <summary>What intake knows when it opens a case.</summary>
public sealed record CaseIntake(
    Guid ClientId,
    Guid ProgramId,
    Guid TeamId,
    Guid CaseTypeId,
    CasePriority Priority,
    ReferralSource ReferralSource,
    string ReferralReason,
    string? PresentingNeeds,
    IReadOnlyList<Guid> HouseholdMemberIds);
