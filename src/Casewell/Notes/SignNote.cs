using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Contacts;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>A task to follow the contact up, made in the same step as signing: its title and when it is due.</summary>
public sealed record FollowUp(string? Title, DateOnly? DueOn);

/// <summary>
/// The author signs their draft, which locks it for good. In the same save: a note of a contact counts as the case's
/// contact (exactly as a recorded one, <see cref="ContactClock"/>), the timeline gets its entry, and the follow-up tasks
/// asked for are added to the case through its task rules, assigned to the author. A note signed later than
/// <c>Notes:LateEntryHours</c> after the contact is a late entry, and its reason is required.
/// </summary>
public sealed record SignNote(Guid NoteId, int? ExpectedVersion, string? LateEntryReason, IReadOnlyList<FollowUp>? FollowUps = null);

public sealed record SignedNote(Guid NoteId, bool IsLateEntry, Guid? ContactId, IReadOnlyList<Guid> TaskIds);

public sealed class SignNoteHandler(CasewellDbContext db, NoteAccess notes, CaseAccess access, TimeProvider clock, AgencyCalendar calendar, NoteSettings settings)
{
    /// <summary>A note's follow-ups are a handful; a longer list is a plan, made on the tasks page.</summary>
    public const int MaxFollowUps = 5;

    public async Task<Result<SignedNote>> Handle(SignNote request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var note = await notes.Readable(db.Notes).Include(n => n.Sections).SingleOrDefaultAsync(n => n.Id == request.NoteId, ct);
        if (note is null)
        {
            await notes.RecordRefusalAsync(request.NoteId, "sign", ct);
            return Result<SignedNote>.NotFound();
        }
        if (!note.IsDraft) return Result<SignedNote>.Refused(new Message(NoteMessages.SignedIsLocked));
        if (request.ExpectedVersion is { } expected && expected != note.Version)
            return Result<SignedNote>.Conflict(new Message(NoteMessages.SavedElsewhere, note.SavedAt));

        var (@case, failure) = await CaseChange.LoadAsync(db, access, note.CaseId, null, ct);
        if (@case is null) return Result<SignedNote>.From(failure!);
        var versionLoaded = @case.Version;

        // Everything is checked before anything changes: a refusal must leave nothing tracked that a later save of
        // this request (the page's audited re-read) would write.
        var followUps = request.FollowUps ?? [];
        var v = new Validation();
        v.MultiLine("LateEntryReason", request.LateEntryReason, Note.MaxLateEntryReasonLength, new Message(NoteMessages.LateEntryReason));
        CheckFollowUps(v, followUps, calendar.Today());
        if (v.HasErrors) return Result<SignedNote>.Invalid(v.ToDictionary());
        if (followUps.Count > 0 && @case.TaskRefusal() is { } closed) return Result<SignedNote>.From(closed);
        var contactKind = NoteTypes.ContactOf(note.Type);
        if (contactKind is not null && note.StartedAt is { } startedAt && ContactClock.Refusal(@case, startedAt, calendar, "StartedAt") is { } refused)
            return Result<SignedNote>.From(refused);

        var now = clock.GetUtcNow();
        var signed = note.Sign(now, settings.LateAfter, request.LateEntryReason);
        if (signed.Failed) return Result<SignedNote>.From(signed);

        var author = access.Actor;
        var contactOn = calendar.DateOf(note.StartedAt!.Value);
        Guid? contactId = null;
        if (contactKind is { } kind)
        {
            var contact = new CaseContact(Ids.New(clock), @case.Id, note.StartedAt.Value, kind, author, SummaryOf(note), now);
            await ContactClock.CountAsync(db, @case, contact, calendar, ct);
            contactId = contact.Id;
        }
        @case.RecordNoteSigned(note.Id, note.Type.ToString(), contactOn, note.LateEntryReason, author, now);

        var taskIds = new List<Guid>();
        foreach (var followUp in followUps)
        {
            var task = new CaseTask(Ids.New(clock), @case.Id, CaseTaskKind.FollowUp, followUp.Title!, null, followUp.DueOn!.Value, author, author, now);
            var added = @case.AddTask(task, author, now);
            if (added.Failed)
            {
                db.ChangeTracker.Clear();
                return Result<SignedNote>.From(added);
            }
            db.Tasks.Add(task);
            taskIds.Add(task.Id);
        }

        var saved = await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
        return saved.Failed ? Result<SignedNote>.From(saved) : Result<SignedNote>.Ok(new SignedNote(note.Id, note.IsLateEntry, contactId, taskIds));
    }

    private static void CheckFollowUps(Validation v, IReadOnlyList<FollowUp> followUps, DateOnly today)
    {
        if (followUps.Count > MaxFollowUps)
        {
            v.Add("FollowUps", new Message(NoteMessages.TooManyFollowUps, MaxFollowUps));
            return;
        }
        for (var i = 0; i < followUps.Count; i++)
        {
            var field = $"FollowUps[{i}]";
            var followUp = followUps[i];
            if (followUp is null)
            {
                v.Add(field, new Message(ValidationMessages.Required, new Message(TaskMessages.RequiredTitle)));
                continue;
            }
            v.Required(field + ".Title", followUp.Title, new Message(TaskMessages.RequiredTitle));
            v.SingleLine(field + ".Title", followUp.Title, CaseTask.MaxTitleLength, new Message(TaskMessages.Title));
            // The tasks' own rule for due dates, its errors moved under this follow-up's name.
            var due = new Validation();
            TaskRules.CheckDueOn(due, followUp.DueOn, today);
            foreach (var (_, messages) in due.ToDictionary())
                foreach (var message in messages) v.Add(field + ".DueOn", message);
        }
    }

    /// <summary>The contact's line in the contacts list: the note's first section, as much as the line holds.</summary>
    private static string SummaryOf(Note note)
    {
        var first = NoteFormats.SectionsOf(note.Format).Select(k => note.Sections.SingleOrDefault(s => s.Kind == k)?.Text).First(t => !TextRules.IsBlank(t))!.Trim();
        return first.Length <= CaseContact.MaxSummaryLength ? first : first[..(CaseContact.MaxSummaryLength - 1)] + "…";
    }
}
