using Casewell.Common;
using Casewell.Contacts;
using Casewell.Tasks;

namespace Casewell.Cases;

/// <summary>
/// One episode of service for a client (or a family) in a program. Its lifecycle rules live here, so every
/// caller (page, API, background job) is held to them; each transition writes its timeline entry in the
/// same save, so a change and its history are all-or-nothing. The case is the only writer of its timeline:
/// changes to its tasks and contacts go through it too.
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

    /// <summary>Changed in this unit of work: its save bumps the version, and every entry of the unit carries the new one.</summary>
    private bool changed;

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

    /// <summary>
    /// Kept on the case by every change to its tasks, which all go through the case: so adding a task changes the
    /// case row, and a closure and a new task racing meet in the case's optimistic concurrency check.
    /// </summary>
    public int OpenTaskCount { get; private set; }
    public Guid CreatedBy { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<CaseAssignment> Assignments => assignments;
    public IReadOnlyList<CaseMember> Members => members;

    /// <summary>Entries added by this instance's changes; the full timeline is read with a query.</summary>
    public IReadOnlyList<CaseEvent> NewEvents => events;

    public bool IsActive => Status != CaseStatus.Closed;

    /// <summary>
    /// The steps someone may take with the case now, and whether their closure would wait for approval: what the
    /// case page offers and the API's case detail lists. Each step is refused by <see cref="Refusal"/> otherwise.
    /// </summary>
    public CaseSteps StepsFor(bool mayChange, bool supervises, bool closureRequiresApproval) => new(
        mayChange ? [.. Enum.GetValues<CaseTransition>().Where(t => Refusal(t, supervises) is null)] : [],
        ClosureNeedsApproval(supervises, closureRequiresApproval),
        MayAssign: mayChange && supervises && Status != CaseStatus.Closed);

    /// <summary>A closure waits for a supervisor where the program asks for one, unless a supervisor of the case closes it.</summary>
    public static bool ClosureNeedsApproval(bool supervises, bool closureRequiresApproval) => closureRequiresApproval && !supervises;

    /// <summary>Why <paramref name="step"/> may not be taken now, or null when it may (see <see cref="StepsFor"/>).</summary>
    public Result? Refusal(CaseTransition step, bool supervises) => step switch
    {
        CaseTransition.Open when Status != CaseStatus.Referred => Refuse(new Message(CaseMessages.OnlyReferredOpens, Status)),
        CaseTransition.Open when PrimaryWorkerId is null => Refuse(new Message(CaseMessages.AssignPrimaryFirst)),
        CaseTransition.PutOnHold when Status != CaseStatus.Open => Refuse(new Message(CaseMessages.OnlyOpenPutsOnHold)),
        CaseTransition.PutOnHold when PendingClosure is not null => Refuse(new Message(CaseMessages.ClosureAwaitsApproval)),
        CaseTransition.Resume when Status != CaseStatus.OnHold => Refuse(new Message(CaseMessages.OnlyOnHoldResumes)),
        CaseTransition.Close when Status == CaseStatus.Closed => Refuse(new Message(CaseMessages.AlreadyClosed)),
        CaseTransition.Close when PendingClosure is not null => Refuse(new Message(CaseMessages.ClosureAlreadyWaiting)),
        CaseTransition.ApproveClosure or CaseTransition.RejectClosure when !supervises => Result.Forbidden(new Message(CaseMessages.OnlySupervisorDecidesClosure)),
        CaseTransition.ApproveClosure or CaseTransition.RejectClosure when PendingClosure is null => Refuse(new Message(CaseMessages.NoClosureWaiting)),
        CaseTransition.Reopen when Status != CaseStatus.Closed => Refuse(new Message(CaseMessages.OnlyClosedReopens)),
        CaseTransition.Open or CaseTransition.PutOnHold or CaseTransition.Resume or CaseTransition.Close
            or CaseTransition.ApproveClosure or CaseTransition.RejectClosure or CaseTransition.Reopen => null,
        _ => Result.Invalid("Transition", new Message(CaseMessages.ChooseTransition)),
    };

    public Result Open(StaffRef actor, DateTimeOffset now)
    {
        if (Refusal(CaseTransition.Open, supervises: false) is { } refused) return refused;
        OpenedAt = now;
        return ChangeStatus(CaseStatus.Open, actor, now, null);
    }

    public Result PutOnHold(string reason, StaffRef actor, DateTimeOffset now)
    {
        if (Refusal(CaseTransition.PutOnHold, supervises: false) is { } refused) return refused;
        return RequireReason(reason) ?? ChangeStatus(CaseStatus.OnHold, actor, now, reason);
    }

    public Result Resume(string? reason, StaffRef actor, DateTimeOffset now)
    {
        if (Refusal(CaseTransition.Resume, supervises: false) is { } refused) return refused;
        return ChangeStatus(CaseStatus.Open, actor, now, reason);
    }

    /// <summary>
    /// Closes the case, or, when it <paramref name="needsApproval"/> (see <see cref="ClosureNeedsApproval"/>), asks
    /// a supervisor to. Open tasks must be resolved first.
    /// </summary>
    public Result Close(string reason, ClosureOutcome outcome, bool needsApproval, StaffRef actor, DateTimeOffset now)
    {
        if (Refusal(CaseTransition.Close, supervises: false) is { } refused) return refused;
        if (RequireReason(reason) is { } missing) return missing;
        if (!Enum.IsDefined(outcome)) return Result.Invalid("Outcome", new Message(CaseMessages.ChooseOutcome));
        if (OpenTaskCount > 0) return Refuse(new Message(CaseMessages.OpenTasksBeforeClosing, OpenTaskCount));
        if (needsApproval)
        {
            PendingClosure = new PendingClosure(reason.Trim(), outcome, actor.Id, actor.Name, now);
            Record(now, actor, CaseEventKind.ClosureRequested, to: outcome.ToString(), reason: reason);
            return Result.Ok();
        }
        return Finish(reason, outcome, actor, now, CaseEventKind.Closed);
    }

    /// <summary>Closes the case as its worker asked; refused unless the actor <paramref name="supervises"/> the case's team.</summary>
    public Result ApproveClosure(StaffRef supervisor, bool supervises, DateTimeOffset now)
    {
        if (Refusal(CaseTransition.ApproveClosure, supervises) is { } refused) return refused;
        var pending = PendingClosure!;
        if (OpenTaskCount > 0) return Refuse(new Message(CaseMessages.OpenTasksBeforeApproving, OpenTaskCount));
        PendingClosure = null;
        return Finish(pending.Reason, pending.Outcome, supervisor, now, CaseEventKind.ClosureApproved);
    }

    /// <summary>Keeps the case open; refused unless the actor <paramref name="supervises"/> the case's team.</summary>
    public Result RejectClosure(string reason, StaffRef supervisor, bool supervises, DateTimeOffset now)
    {
        if (Refusal(CaseTransition.RejectClosure, supervises) is { } refused) return refused;
        if (RequireReason(reason) is { } missing) return missing;
        PendingClosure = null;
        Record(now, supervisor, CaseEventKind.ClosureRejected, reason: reason);
        return Result.Ok();
    }

    /// <summary>A reopened case is the same case: its number, history and assignments carry on.</summary>
    public Result Reopen(string reason, StaffRef actor, DateTimeOffset now, int? contactFrequencyDays, DateOnly today)
    {
        if (Refusal(CaseTransition.Reopen, supervises: false) is { } refused) return refused;
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
        if (Status == CaseStatus.Closed) return Refuse(new Message(CaseMessages.ClosedNotAssigned));
        if (PrimaryWorkerId == worker.Id) return Refuse(new Message(CaseMessages.AlreadyPrimary, worker.Name));
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
        if (Status == CaseStatus.Closed) return Refuse(new Message(CaseMessages.ClosedNotAssigned));
        if (PrimaryWorkerId == worker.Id || CurrentAssignment(AssignmentRole.Secondary, worker.Id) is not null)
            return Refuse(new Message(CaseMessages.AlreadyOnCase, worker.Name));
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
        if (assignment is null) return Refuse(new Message(CaseMessages.WorkerNotAssigned));
        if (RequireReason(reason) is { } missing) return missing;
        assignment.End(now, reason);
        if (assignment.Role == AssignmentRole.Primary) PrimaryWorkerId = null;
        Record(now, actor, CaseEventKind.Unassigned, subject: assignment.StaffName, from: assignment.Role.ToString(), reason: reason, relatedId: staffId);
        return Result.Ok();
    }

    /// <summary>
    /// Moves the case to another team (a transfer across units): it changes whose supervisors decide on the case
    /// and who may read it, so the timeline says so. It keeps its workers only if the caller reassigns them.
    /// </summary>
    internal void MoveToTeam(Guid teamId, string teamName, StaffRef actor, DateTimeOffset now)
    {
        if (teamId == TeamId) return;
        TeamId = teamId;
        Record(now, actor, CaseEventKind.MovedToTeam, subject: teamName, relatedId: teamId);
    }

    /// <summary>
    /// Records a contact on the timeline. A contact with the client (see <see cref="CaseContact.CountsAsClientContact"/>)
    /// later than the last one restarts the contact clock, and completes <paramref name="requiredContactTasks"/> (the
    /// case's open required-contact tasks); answers how many it completed.
    /// </summary>
    public int RecordContact(CaseContact contact, int? contactFrequencyDays, DateOnly occurredOn, IReadOnlyList<CaseTask> requiredContactTasks)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(requiredContactTasks);
        var actor = new StaffRef(contact.WorkerId, contact.WorkerName);
        var now = contact.RecordedAt;
        var completed = 0;
        var moved = false;
        if (contact.CountsAsClientContact)
        {
            if (LastContactAt is not { } last || last < contact.OccurredAt)
            {
                LastContactAt = contact.OccurredAt;
                ScheduleNextContact(contactFrequencyDays, occurredOn);
                moved = true;
            }
            foreach (var task in requiredContactTasks.Where(t => t.Kind == CaseTaskKind.RequiredContact))
                if (CompleteTask(task, actor, null, now).Succeeded) completed++;
        }
        // A call to a teacher or a court date (or a contact older than the last) leaves the case row as it is.
        if (moved) Record(now, actor, CaseEventKind.ContactRecorded, subject: contact.Kind.ToString(), to: CaseEvent.DateValue(occurredOn), relatedId: contact.Id);
        else Note(now, actor, CaseEventKind.ContactRecorded, subject: contact.Kind.ToString(), to: CaseEvent.DateValue(occurredOn), relatedId: contact.Id);
        return completed;
    }

    /// <summary>
    /// A note signed on the case, for its timeline: its type, the day of the contact, and a late entry's reason. The
    /// case row itself is left as it is (a contact the note counts as moves it, through <see cref="RecordContact"/>).
    /// </summary>
    public void RecordNoteSigned(Guid noteId, string type, DateOnly? contactOn, string? lateEntryReason, StaffRef author, DateTimeOffset now) =>
        Note(now, author, CaseEventKind.NoteSigned, subject: type, to: contactOn is { } on ? CaseEvent.DateValue(on) : null, reason: lateEntryReason, relatedId: noteId);

    /// <summary>An addendum to a signed note, for the timeline; the case row is left as it is.</summary>
    public void RecordNoteAddendum(Guid noteId, string type, DateOnly? contactOn, StaffRef author, DateTimeOffset now) =>
        Note(now, author, CaseEventKind.NoteAddendumAdded, subject: type, to: contactOn is { } on ? CaseEvent.DateValue(on) : null, relatedId: noteId);

    /// <summary>Why the case takes no new task now (it is closed), or null when it does.</summary>
    public Result? TaskRefusal() => Status == CaseStatus.Closed ? Refuse(new Message(CaseMessages.ClosedTakesNoTasks)) : null;

    /// <summary>Adds a new, open task to the case: a closed case takes none.</summary>
    public Result AddTask(CaseTask task, StaffRef actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.CaseId != Id || !task.IsOpen) throw new ArgumentException("The task must be a new, open task of this case.", nameof(task));
        if (TaskRefusal() is { } refused) return refused;
        OpenTaskCount++;
        TaskEntry(task, CaseEventKind.TaskCreated, actor, now);
        return Result.Ok();
    }

    public Result CompleteTask(CaseTask task, StaffRef actor, string? note, DateTimeOffset now) =>
        Resolve(task, task?.Complete(actor, note, now), CaseEventKind.TaskCompleted, actor, now);

    public Result CancelTask(CaseTask task, StaffRef actor, string? reason, DateTimeOffset now) =>
        Resolve(task, task?.Cancel(actor, reason, now), CaseEventKind.TaskCancelled, actor, now);

    /// <summary>Gives an open task to someone else; a change to the task alone, so the case row stays as it is.</summary>
    public Result ReassignTask(CaseTask task, StaffRef assignee, StaffRef actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(assignee);
        var previous = task.AssignedToName;
        var outcome = task.Reassign(assignee);
        if (outcome.Failed) return outcome;
        Note(now, actor, CaseEventKind.TaskReassigned, subject: task.Title, from: previous, to: assignee.Name, relatedId: task.Id);
        return outcome;
    }

    /// <summary>Moves an open task's due date; a change to the task alone, so the case row stays as it is.</summary>
    public Result RescheduleTask(CaseTask task, DateOnly dueOn, StaffRef actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        var previous = task.DueOn;
        var outcome = task.Reschedule(dueOn);
        if (outcome.Failed) return outcome;
        Note(now, actor, CaseEventKind.TaskRescheduled, subject: task.Title, from: CaseEvent.DateValue(previous), to: CaseEvent.DateValue(task.DueOn), relatedId: task.Id);
        return outcome;
    }

    /// <summary>Notes once that a task is overdue, on the timeline; true when this call is the one that noticed.</summary>
    public bool MarkTaskOverdue(CaseTask task, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.CaseId != Id || !task.MarkOverdue(today)) return false;
        TaskEntry(task, CaseEventKind.TaskOverdue, StaffRef.Casewell, now, changesCase: false);
        return true;
    }

    /// <summary>
    /// Notes a step of one of the case's court hearings on the timeline: the court (subject), the hearing's day at the
    /// agency (to) and, for a continuance, the day it was moved from. The hearing keeps its own rules (Court/CourtHearing);
    /// a change to it alone leaves the case row as it is.
    /// </summary>
    public void NoteHearing(CaseEventKind kind, Guid hearingId, string court, DateOnly on, DateOnly? from, string? reason, StaffRef actor, DateTimeOffset now)
    {
        if (kind is not (CaseEventKind.HearingScheduled or CaseEventKind.HearingHeld or CaseEventKind.HearingContinued or CaseEventKind.HearingCancelled))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a step of a hearing.");
        Note(now, actor, kind, subject: court, from: from is { } f ? CaseEvent.DateValue(f) : null, to: CaseEvent.DateValue(on), reason: reason, relatedId: hearingId);
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

    private Result Resolve(CaseTask? task, Result? resolved, CaseEventKind kind, StaffRef actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.CaseId != Id) throw new ArgumentException("The task is not one of this case's.", nameof(task));
        if (resolved!.Failed) return resolved;
        OpenTaskCount--;
        TaskEntry(task, kind, actor, now, reason: task.ResolutionNote);
        return resolved;
    }

    private void TaskEntry(CaseTask task, CaseEventKind kind, StaffRef actor, DateTimeOffset now, bool changesCase = true, string? reason = null)
    {
        if (changesCase) Record(now, actor, kind, subject: task.Title, to: CaseEvent.DateValue(task.DueOn), reason: reason, relatedId: task.Id);
        else Note(now, actor, kind, subject: task.Title, to: CaseEvent.DateValue(task.DueOn), reason: reason, relatedId: task.Id);
    }

    /// <summary>An entry for a change of the case itself: its save bumps the case's version and checks it against concurrent writers.</summary>
    private void Record(DateTimeOffset now, StaffRef actor, CaseEventKind kind, string? subject = null, string? from = null,
        string? to = null, string? reason = null, Guid? relatedId = null)
    {
        LastChangedAt = now;
        changed = true;
        Note(now, actor, kind, subject, from, to, reason, relatedId);
    }

    /// <summary>
    /// An entry for a change of a part of the case alone (a task's assignee or date, a call to a collateral), which
    /// leaves the case row and its version as they are, unless the case changes in the same unit of work.
    /// </summary>
    private void Note(DateTimeOffset now, StaffRef actor, CaseEventKind kind, string? subject = null, string? from = null,
        string? to = null, string? reason = null, Guid? relatedId = null)
    {
        // The one place an entry's version is worked out: the version the case has once this unit of work is saved.
        // A new case is saved as version 0; the save of a changed case bumps it to Version + 1.
        var version = isNew ? 0 : changed ? Version + 1 : Version;
        events.Add(new CaseEvent(Guid.CreateVersion7(now), Id, now, actor, kind, version, subject, from, to, reason, relatedId));
    }

    /// <summary>A refusal of a reason's text (its length and characters), or null when it may be stored; an absent reason is fine here.</summary>
    public static Result? ReasonText(string? reason)
    {
        var v = new Validation();
        v.MultiLine("Reason", reason, MaxReasonLength, new Message(CaseMessages.Reason));
        return v.HasErrors ? v.ToResult() : null;
    }

    private static Result? RequireReason(string? reason)
    {
        if (TextRules.IsBlank(reason)) return Result.Invalid("Reason", new Message(CaseMessages.RequiredReason));
        return ReasonText(reason);
    }

    /// <summary>A step the lifecycle does not allow from here: not a concurrency conflict, so not a 409.</summary>
    private static Result Refuse(Message message) => Result.Refused(message);
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
