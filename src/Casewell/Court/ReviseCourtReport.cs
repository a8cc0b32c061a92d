using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// Saves the worker's edit of a draft: its court and sections, the recommendations among them. Only who may change the
/// case edits its reports; a version the worker did not see is reported (409), never overwritten. A part left out (null)
/// stays as it is.
/// </summary>
public sealed record ReviseCourtReport(Guid ReportId, int ExpectedVersion, string? Court = null, string? CaseDetails = null, string? Household = null,
    string? History = null, string? Recommendations = null);

public sealed class ReviseCourtReportHandler(CasewellDbContext db, CaseAccess access, CourtReportReads reads, TimeProvider clock)
{
    public async Task<Result<int>> Handle(ReviseCourtReport request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.WorkCases) is { } lacking) return Result<int>.From(lacking);
        var caseId = await db.CourtReports.AsNoTracking().Where(r => r.Id == request.ReportId).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(ct);
        // A plain Guid for a report there is none of: the queries must not tell a hidden report from a missing one.
        var id = caseId ?? Guid.Empty;
        if (!await access.Editable(db.Cases).AnyAsync(c => c.Id == id, ct))
        {
            var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == id, ct);
            await reads.RecordRefusalAsync(request.ReportId, "change", ct);
            return readable ? Result<int>.Forbidden(new Message(CourtReportMessages.ReadOnlyCase)) : Result<int>.NotFound();
        }
        var report = await db.CourtReports.SingleAsync(r => r.Id == request.ReportId, ct);
        if (report.Version != request.ExpectedVersion) return Result<int>.Conflict(new Message(CourtReportMessages.Changed, report.LastChangedByName));
        var sections = new CourtReportSections(request.CaseDetails ?? report.CaseDetails, request.Household ?? report.Household,
            request.History ?? report.History, request.Recommendations ?? report.Recommendations);
        var revised = report.Revise(request.Court, sections, access.Actor, clock.GetUtcNow());
        if (revised.Failed) return Result<int>.From(revised);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.CourtReports.AsNoTracking().Where(r => r.Id == report.Id).Select(r => r.LastChangedByName).SingleAsync(ct);
            return Result<int>.Conflict(new Message(CourtReportMessages.Changed, now));
        }
        return Result<int>.Ok(report.Version);
    }
}
