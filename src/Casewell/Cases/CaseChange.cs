using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

/// <summary>
/// The load-change-save round every change to a case goes through. The caller says which version of the case
/// it showed the user; when someone else changed it since, nothing is overwritten and the answer says what
/// changed, so the user decides again with the facts in front of them.
/// </summary>
internal static class CaseChange
{
    public static async Task<(Case? Case, Result? Failure)> LoadAsync(CasewellDbContext db, CaseAccess access, Guid caseId, int? expectedVersion, CancellationToken ct)
    {
        var @case = await access.Editable(db.Cases).Include(c => c.Assignments).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null)
        {
            await access.RecordCaseRefusalAsync(caseId, "change", ct);
            var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == caseId, ct);
            return (null, readable ? Result.Forbidden(new Message(CaseMessages.ReadOnly)) : Result.NotFound());
        }
        if (expectedVersion is { } expected && expected != @case.Version)
            return (null, Result.Conflict(await DescribeChangesAsync(db, caseId, expected, ct)));
        return (@case, null);
    }

    /// <summary>
    /// Saves the change, or answers what changed since <paramref name="versionLoaded"/>. Every change to the case
    /// and to its tasks changes the case row, so a rule across them (no open task on a closed case) holds by
    /// this check alone: of two writers who read the same version, the second is answered 409.
    /// </summary>
    public static async Task<Result> SaveAsync(CasewellDbContext db, Case @case, int versionLoaded, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Conflict(await DescribeChangesAsync(db, @case.Id, versionLoaded, ct));
        }
    }

    internal static async Task<Message> DescribeChangesAsync(CasewellDbContext db, Guid caseId, int since, CancellationToken ct)
    {
        var changes = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == caseId && e.CaseVersion > since)
            .OrderBy(e => e.OccurredAt)
            .Take(10)
            .Select(e => new { e.Kind, e.ActorName, e.Subject, e.From, e.To, e.OccurredAt })
            .ToListAsync(ct);
        var lines = changes.Select(e => new Message(CaseMessages.Change, e.Kind,
            e.Subject is null ? "" : new Message(CaseMessages.ChangeSubject, e.Subject),
            e.From is null ? "" : new Message(CaseMessages.ChangeFrom, e.From),
            e.To is null ? "" : new Message(CaseMessages.ChangeTo, e.To),
            e.ActorName, e.OccurredAt)).ToList();
        // A list as messages nest: the first change, then the rest, so each language words its own separator.
        var list = lines.Count == 0 ? (object)"" : lines[^1];
        for (var i = lines.Count - 2; i >= 0; i--) list = new Message(CaseMessages.Changes, lines[i], list);
        return new Message(CaseMessages.ChangedSince, list);
    }
}
