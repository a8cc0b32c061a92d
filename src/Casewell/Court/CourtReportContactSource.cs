using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// Where a report's contacts come from: today the contacts recorded on the case. The issue asks for signed notes only;
/// when they land, this one query changes to read them (with their participants), and nothing else does.
/// </summary>
internal static class CourtReportContactSource
{
    /// <summary>The case's contacts in [<paramref name="from"/>, <paramref name="until"/>), oldest first.</summary>
    public static IQueryable<CourtReportContact> InPeriod(CasewellDbContext db, Guid caseId, DateTimeOffset from, DateTimeOffset until) =>
        db.CaseContacts.AsNoTracking()
            .Where(c => c.CaseId == caseId && c.OccurredAt >= from && c.OccurredAt < until)
            .OrderBy(c => c.OccurredAt).ThenBy(c => c.Id)
            .Select(c => new CourtReportContact(c.OccurredAt, c.Kind, c.WorkerName, c.Summary));

    public static Task<bool> AnyInPeriodAsync(CasewellDbContext db, Guid caseId, DateTimeOffset from, DateTimeOffset until, CancellationToken ct) =>
        db.CaseContacts.AnyAsync(c => c.CaseId == caseId && c.OccurredAt >= from && c.OccurredAt < until, ct);
}
