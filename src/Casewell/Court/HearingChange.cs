using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// The load-change-save round of every change to a hearing. The hearing is found through its case, and only those who
/// change the case change its hearings (its workers, its team's supervisors): a reader of the case is answered 403, anyone
/// else as if there were no such hearing. The case comes too, tracked: the timeline and the preparation task change
/// through it. A version of the hearing the user did not see is reported, not overwritten.
/// </summary>
internal static class HearingChange
{
    public static async Task<(CourtHearing? Hearing, Case? Case, Result? Failure)> LoadAsync(
        CasewellDbContext db, CaseAccess access, Guid hearingId, int? expectedVersion, CancellationToken ct)
    {
        var caseId = await db.CourtHearings.Where(h => h.Id == hearingId).Select(h => (Guid?)h.CaseId).SingleOrDefaultAsync(ct);
        // A plain Guid for no hearing too, so that the queries sent do not tell a hidden hearing from none.
        var id = caseId ?? Guid.Empty;
        var @case = await access.Editable(db.Cases).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null)
        {
            await access.RecordHearingRefusalAsync(hearingId, "change", ct);
            var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == id, ct);
            return (null, null, readable ? Result.Forbidden(new Message(CourtHearingMessages.ReadOnlyCase)) : Result.NotFound());
        }
        var hearing = await db.CourtHearings.Include(h => h.Parties).SingleAsync(h => h.Id == hearingId, ct);
        if (expectedVersion is { } expected && expected != hearing.Version) return (null, null, Result.Conflict(Describe(hearing)));
        return (hearing, @case, null);
    }

    /// <summary>
    /// Saves the hearing with its case. A conflict is the hearing's when someone changed the hearing, else the case's (a
    /// step on the case, or a change to one of its tasks, between this load and this save).
    /// </summary>
    public static async Task<Result<int>> SaveAsync(CasewellDbContext db, CourtHearing hearing, Case @case, int caseVersionLoaded, CancellationToken ct)
    {
        var hearingVersion = hearing.Version;
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(hearing.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.CourtHearings.AsNoTracking().SingleAsync(h => h.Id == hearing.Id, ct);
            return Result<int>.Conflict(now.Version != hearingVersion ? Describe(now) : await CaseChange.DescribeChangesAsync(db, @case.Id, caseVersionLoaded, ct));
        }
    }

    /// <summary>
    /// A change that failed after it began: what it changed in memory is dropped, so that nothing the request saves later
    /// (the audit entry of the page's read) carries half of it.
    /// </summary>
    public static Result<T> Abandon<T>(CasewellDbContext db, Result failure)
    {
        db.ChangeTracker.Clear();
        return Result<T>.From(failure);
    }

    private static Message Describe(CourtHearing hearing) => new(CourtHearingMessages.Changed, CourtHearingMessages.Status(hearing.Status));
}
