using System.Linq.Expressions;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Court;
using Casewell.Data;
using Casewell.Notes;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// The one way to read a case's content: each method loads through <see cref="CaseAccess.Readable"/> and records the
/// read (or the refusal) in the audit trail, saved before anything of the case is returned. A handler that shows a
/// case, its timeline, tasks or contacts starts here, so it cannot show one without the trail knowing.
/// A request that reads the same part of the same case twice (a page that reloads the case to show why a change
/// failed) is one view in the trail, not two: the reader is one per request.
/// </summary>
public sealed class CaseReads(CasewellDbContext db, CaseAccess access)
{
    private readonly HashSet<(AuditAction Action, Guid Id)> recorded = [];

    /// <summary>The case itself with its assignments and household members, for the case page; null when refused.</summary>
    public async Task<Case?> ReadAsync(Guid caseId, CancellationToken ct)
    {
        var found = await access.Readable(db.Cases).AsNoTracking().Include(c => c.Assignments).Include(c => c.Members)
            .SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            await access.RecordCaseRefusalAsync(caseId, AttemptOf(CaseRead.Case), ct);
            return null;
        }
        var members = found.Members.Select(m => m.ClientId).Where(id => id != found.ClientId).Distinct().ToList();
        await RecordAsync(CaseRead.Case, nameof(Case), found.Id, found.ClientId, members.Count == 0 ? null : "members " + string.Join(" ", members), ct);
        return found;
    }

    /// <summary>Which case, whose, for a page about part of it (its timeline, tasks, contacts); null when refused.</summary>
    public async Task<CaseHeading?> ReadHeadingAsync(Guid caseId, CaseRead read, string? details, CancellationToken ct)
    {
        var heading = await HeadingAsync(caseId, ct);
        if (heading is null)
        {
            await access.RecordCaseRefusalAsync(caseId, AttemptOf(read), ct);
            return null;
        }
        await RecordAsync(read, nameof(Case), heading.Id, heading.ClientId, details, ct);
        return heading;
    }

    /// <summary>One task, shaped by <paramref name="shape"/>, with its case's heading; null when refused or there is none.</summary>
    public async Task<(T Task, CaseHeading Case)?> ReadTaskAsync<T>(Guid taskId, Expression<Func<CaseTask, T>> shape, CancellationToken ct)
    {
        var caseId = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (Guid?)t.CaseId).SingleOrDefaultAsync(ct);
        // Asked for no task too (an id no case has), so that the number of queries does not tell a hidden task from none.
        var heading = await HeadingAsync(caseId ?? Guid.Empty, ct);
        if (heading is null)
        {
            await access.RecordTaskRefusalAsync(taskId, "read", ct);
            return null;
        }
        if (recorded.Add((AuditAction.TaskViewed, taskId)))
        {
            db.RecordAccess(AuditAction.TaskViewed, nameof(CaseTask), taskId.ToString(), heading.ClientId);
            await db.SaveChangesAsync(ct);
        }
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(shape).SingleAsync(ct);
        return (task, heading);
    }

    /// <summary>
    /// One note, shaped by <paramref name="shape"/>, with its case's heading: a signed note of a case the actor may
    /// read, or their own draft (<see cref="NoteAccess"/>); null when refused or there is none, which answer alike.
    /// </summary>
    public async Task<(T Note, CaseHeading Case)?> ReadNoteAsync<T>(Guid noteId, Expression<Func<Note, T>> shape, CancellationToken ct)
    {
        var notes = new NoteAccess(db, access);
        var caseId = await notes.Readable(db.Notes).AsNoTracking().Where(n => n.Id == noteId).Select(n => (Guid?)n.CaseId).SingleOrDefaultAsync(ct);
        // Asked for no case too, so that the number of queries does not tell a hidden note from none.
        var heading = await HeadingAsync(caseId ?? Guid.Empty, ct);
        if (caseId is null || heading is null)
        {
            await notes.RecordRefusalAsync(noteId, "read", ct);
            return null;
        }
        if (recorded.Add((AuditAction.NoteViewed, noteId)))
        {
            db.RecordAccess(AuditAction.NoteViewed, nameof(Note), noteId.ToString(), heading.ClientId);
            await db.SaveChangesAsync(ct);
        }
        var note = await db.Notes.AsNoTracking().Where(n => n.Id == noteId).Select(shape).SingleAsync(ct);
        return (note, heading);
    }

    /// <summary>One court hearing, shaped by <paramref name="shape"/>, with its case's heading; null when refused or there is none.</summary>
    public async Task<(T Hearing, CaseHeading Case)?> ReadHearingAsync<T>(Guid hearingId, Expression<Func<CourtHearing, T>> shape, CancellationToken ct)
    {
        var caseId = await db.CourtHearings.AsNoTracking().Where(h => h.Id == hearingId).Select(h => (Guid?)h.CaseId).SingleOrDefaultAsync(ct);
        // As for a task: asked for no case too, so that the queries do not tell a hidden hearing from none.
        var heading = await HeadingAsync(caseId ?? Guid.Empty, ct);
        if (heading is null)
        {
            await access.RecordHearingRefusalAsync(hearingId, "read", ct);
            return null;
        }
        if (recorded.Add((AuditAction.HearingViewed, hearingId)))
        {
            db.RecordAccess(AuditAction.HearingViewed, nameof(CourtHearing), hearingId.ToString(), heading.ClientId);
            await db.SaveChangesAsync(ct);
        }
        var hearing = await db.CourtHearings.AsNoTracking().Where(h => h.Id == hearingId).Select(shape).SingleAsync(ct);
        return (hearing, heading);
    }

    private Task<CaseHeading?> HeadingAsync(Guid caseId, CancellationToken ct) =>
        (from c in access.Readable(db.Cases).AsNoTracking()
         where c.Id == caseId
         join client in db.Clients on c.ClientId equals client.Id
         select new CaseHeading(c.Id, c.CaseNumber, c.ClientId, (client.PreferredName ?? client.FirstName) + " " + client.LastName, c.Status, c.Version))
            .SingleOrDefaultAsync(ct);

    private async Task RecordAsync(CaseRead read, string entityType, Guid id, Guid clientId, string? details, CancellationToken ct)
    {
        var action = ActionOf(read);
        if (!recorded.Add((action, id))) return;
        db.RecordAccess(action, entityType, id.ToString(), clientId, details);
        await db.SaveChangesAsync(ct);
    }

    private static AuditAction ActionOf(CaseRead read) => read switch
    {
        CaseRead.Case => AuditAction.CaseViewed,
        CaseRead.Timeline => AuditAction.CaseTimelineViewed,
        CaseRead.Tasks => AuditAction.CaseTasksViewed,
        CaseRead.Contacts => AuditAction.CaseContactsViewed,
        CaseRead.Notes => AuditAction.CaseNotesViewed,
        CaseRead.Hearings => AuditAction.CaseHearingsViewed,
        _ => throw new ArgumentOutOfRangeException(nameof(read), read, null),
    };

    private static string AttemptOf(CaseRead read) => read switch
    {
        CaseRead.Case => "read",
        CaseRead.Timeline => "read its timeline",
        CaseRead.Tasks => "read its tasks",
        CaseRead.Notes => "read its notes",
        CaseRead.Hearings => "read its court hearings",
        _ => "read its contacts",
    };
}
