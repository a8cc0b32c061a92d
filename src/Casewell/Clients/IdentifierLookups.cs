using Casewell.Audit;
using Casewell.Data;
using Casewell.PrivacyReview;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

/// <summary>How many exact identifier lookups (search and duplicate check together) one person may make an hour.</summary>
public sealed class IdentifierLookupLimits
{
    public const string Section = "Security:IdentifierLookups";

    /// <summary>Above this the limit no longer limits: 13 minutes of guessing covered a known last four.</summary>
    public const int Max = 1000;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public int PerHour { get; set; } = 30;

    /// <summary>What stops Casewell from starting with these limits, or null.</summary>
    public string? Problem() =>
        PerHour is >= 1 and <= Max ? null : $"{Section}:PerHour must be a whole number from 1 to {Max}; it is {PerHour}.";
}

/// <summary>
/// Keeps an exact identifier lookup from being a free oracle (decision record 0010). Each lookup is an audit entry
/// (the identifiers as keyed hashes, never in clear, and who was shown), and the entries are the count: state in
/// the database, so the limit holds across instances. Each lookup also changes the person's
/// <see cref="IdentifierLookupTally"/> row, with its version checked: of two concurrent lookups that counted the
/// same entries, only the first saves and the other counts again, so they cannot all slip under the limit, and
/// nobody else's lookups wait for them. Past the limit the lookup is refused and recorded as refused, and the
/// first refusal in a window raises an item in the privacy officer's review queue.
/// </summary>
public sealed class IdentifierLookups(CasewellDbContext db, IdentifierLookupLimits limits)
{
    public static readonly AuditAction Action = AuditAction.ClientIdentifierLookup;
    public static readonly AuditAction RefusedAction = AuditAction.ClientIdentifierLookupRefused;
    private const int MaxShownListed = 40;

    /// <summary>Saves tried against concurrent lookups of the same person's before this one is refused for now.</summary>
    private const int MaxAttempts = 20;

    /// <summary>
    /// Records a lookup whose results are about to be shown; null when it may be answered, else how long until the
    /// caller may look up again (the results must then not be shown). Call before tracking changes of one's own.
    /// </summary>
    public async Task<TimeSpan?> RecordAsync(string purpose, IReadOnlyCollection<string> hashes, IReadOnlyList<Guid> shown, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(shown);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRecordAsync(purpose, string.Join(", ", hashes), shown, ct);
            }
            // Another lookup of this person's was saved since the tally was read (or made the tally at the same moment).
            catch (DbUpdateException)
            {
                // What that save added stays tracked as if saved; forgotten, it is made afresh by the next attempt.
                foreach (var entry in db.ChangeTracker.Entries()
                    .Where(e => e.Entity is IdentifierLookupTally || (e.State == EntityState.Added && e.Entity is AuditEntry or PrivacyReviewItem)).ToList())
                    entry.State = EntityState.Detached;
                // More lookups in flight at once than a person makes by hand: refused, not counted, rather than spun on.
                if (attempt == MaxAttempts) return TimeSpan.FromSeconds(1);
            }
        }
    }

    private async Task<TimeSpan?> TryRecordAsync(string purpose, string searched, IReadOnlyList<Guid> shown, CancellationToken ct)
    {
        var me = db.Actor.Id;
        var now = db.Clock.GetUtcNow();
        var since = now - IdentifierLookupLimits.Window;
        // The tally first, the count after: a lookup saved before the tally was read is in the count, and one saved
        // after it changed the tally, so this save fails on the tally's version.
        var tally = await db.IdentifierLookupTallies.SingleOrDefaultAsync(t => t.StaffId == me, ct);
        if (tally is null)
        {
            tally = new IdentifierLookupTally(me);
            db.IdentifierLookupTallies.Add(tally);
        }
        var made = await db.AuditEntries.CountAsync(a => a.ActorId == me && a.Action == Action.Name && a.OccurredAt >= since, ct);
        var answered = made < limits.PerHour;
        tally.Count(answered, now);
        if (answered)
        {
            db.RecordAccess(Action, nameof(Client), null, shown.Count == 1 ? shown[0] : null, $"{purpose}; identifier hash {searched}; {Shown(shown)}");
            await db.SaveChangesAsync(ct);
            return null;
        }

        var oldest = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == me && a.Action == Action.Name && a.OccurredAt >= since)
            .OrderBy(a => a.OccurredAt).Select(a => (DateTimeOffset?)a.OccurredAt).FirstOrDefaultAsync(ct);
        var retryAfter = (oldest ?? now) + IdentifierLookupLimits.Window - now;

        db.RecordAccess(RefusedAction, nameof(Client), null, null, $"{purpose}; identifier hash {searched}; limit {limits.PerHour} an hour");
        var alerted = await db.PrivacyReviewItems.AnyAsync(i => i.SubjectStaffId == me && i.Kind == PrivacyReviewKind.IdentifierLookupLimitReached && i.RaisedAt >= since, ct);
        if (!alerted)
            PrivacyFlags.Raise(db, PrivacyReviewKind.IdentifierLookupLimitReached, me,
                $"{db.Actor.Name} reached the limit of {limits.PerHour} exact identifier lookups an hour (last: {purpose}). See the audit trail's {Action.Name} entries.");
        await db.SaveChangesAsync(ct);
        return retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);
    }

    private static string Shown(IReadOnlyList<Guid> shown) =>
        shown.Count == 0 ? "none shown"
        : shown.Count <= MaxShownListed ? $"shown {string.Join(" ", shown)}"
        : $"shown {string.Join(" ", shown.Take(MaxShownListed))} and {shown.Count - MaxShownListed} more";
}
