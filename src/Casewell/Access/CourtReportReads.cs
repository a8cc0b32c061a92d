using Casewell.Audit;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Court;
using Casewell.Data;
using Casewell.Households;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>A report with the heading of its case, as a reader may see it.</summary>
public sealed record CourtReportOnCase(CourtReport Report, CaseHeading Case);

/// <summary>
/// The one way to read court reports and what they are compiled from: each method loads through
/// <see cref="CaseAccess.Readable"/> (who may read the case may read and download its reports) and records the read, the
/// compilation or the file made, before anything is returned. An emergency grant opens a client's profile, not their
/// cases, so it reaches no report and no file (decision 0023). A restricted case is not found.
/// </summary>
public sealed class CourtReportReads(CasewellDbContext db, CaseAccess access, ClientAccess clients, AgencyCalendar calendar)
{
    private readonly HashSet<(AuditAction Action, Guid Id, string? Details)> recorded = [];

    /// <summary>
    /// The facts of <paramref name="case"/> a draft is compiled from; the compilation is queued in the trail, to be saved
    /// with the draft (<paramref name="reportId"/>) it makes. The caller has checked that the actor may change the case.
    /// </summary>
    public async Task<CourtReportFacts> CompileAsync(Case @case, Guid reportId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var (start, until) = Instants(from, to);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == @case.ClientId)
            .Select(c => new { Name = (c.PreferredName ?? c.FirstName) + " " + c.LastName, c.BirthDate }).SingleAsync(ct);
        var program = await db.Programs.AsNoTracking().Where(p => p.Id == @case.ProgramId).Select(p => p.Name).SingleAsync(ct);
        var caseType = await db.CaseTypes.AsNoTracking().Where(t => t.Id == @case.CaseTypeId).Select(t => t.Name).SingleAsync(ct);
        var workers = await db.CaseAssignments.AsNoTracking().Where(a => a.CaseId == @case.Id && a.EndedAt == null)
            .OrderBy(a => a.Role).ThenBy(a => a.StartedAt)
            .Select(a => new CourtReportWorker(a.StaffName, a.Role, a.StartedAt)).ToListAsync(ct);
        var household = await HouseholdAsync(@case.ClientId, ct);
        // The history up to the period's end: what a court asks is how the case came to where it is.
        var history = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == @case.Id && e.OccurredAt < until && HistoryKinds.Contains(e.Kind))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(e.Id, e.OccurredAt, e.Kind, e.ActorId, e.ActorName, e.Subject, e.From, e.To, e.Reason, e.RelatedId))
            .ToListAsync(ct);
        var notes = await CourtReportContactSource.InPeriodAsync(db, @case.Id, start, until, ct);
        db.RecordAccess(AuditAction.CourtReportGenerated, nameof(CourtReport), reportId.ToString(), @case.ClientId,
            $"case {@case.Id}, {Iso(from)} to {Iso(to)}, {notes.Count} contacts");
        return new CourtReportFacts(client.Name, client.BirthDate, @case.CaseNumber, program, caseType, @case.Status, @case.ReferredAt, @case.OpenedAt,
            @case.ClosedAt, workers, household, history, notes);
    }

    /// <summary>Whether the case holds anything to report in the period (asked before compiling, which reads content).</summary>
    public Task<bool> HasContactsAsync(Guid caseId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, until) = Instants(from, to);
        return CourtReportContactSource.AnyInPeriodAsync(db, caseId, start, until, ct);
    }

    /// <summary>One report and its case's heading, recorded as a view or as the file made of it; null when refused or there is none.</summary>
    public async Task<CourtReportOnCase?> ReadAsync(Guid reportId, CourtReportRead read, CancellationToken ct)
    {
        var caseId = await db.CourtReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(ct);
        // Asked for no case too (an id no report has), so that the queries do not tell a hidden report from none.
        var heading = await HeadingAsync(caseId ?? Guid.Empty, ct);
        if (heading is null)
        {
            await RecordRefusalAsync(reportId, read == CourtReportRead.View ? "read" : "download", ct);
            return null;
        }
        var (action, details) = read switch
        {
            CourtReportRead.Word => (AuditAction.CourtReportExported, "docx"),
            CourtReportRead.Pdf => (AuditAction.CourtReportExported, "pdf"),
            _ => (AuditAction.CourtReportViewed, (string?)null),
        };
        // Each file is its own entry, even twice in a request; a view is one per request, however often the page reloads it.
        if (read != CourtReportRead.View || recorded.Add((action, reportId, details)))
        {
            db.RecordAccess(action, nameof(CourtReport), reportId.ToString(), heading.ClientId, details);
            await db.SaveChangesAsync(ct);
        }
        var report = await db.CourtReports.AsNoTracking().SingleAsync(r => r.Id == reportId, ct);
        return new CourtReportOnCase(report, heading);
    }

    /// <summary>A case's reports, newest first, with its heading; null when the case is refused.</summary>
    public async Task<(CaseHeading Case, IReadOnlyList<CourtReport> Reports)?> ListAsync(Guid caseId, CancellationToken ct)
    {
        var heading = await HeadingAsync(caseId, ct);
        if (heading is null)
        {
            await access.RecordCaseRefusalAsync(caseId, "read its court reports", ct);
            return null;
        }
        if (recorded.Add((AuditAction.CourtReportsListed, caseId, null)))
        {
            db.RecordAccess(AuditAction.CourtReportsListed, nameof(Case), caseId.ToString(), heading.ClientId);
            await db.SaveChangesAsync(ct);
        }
        var reports = await db.CourtReports.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.CompiledAt).ThenByDescending(r => r.Id).Take(100).ToListAsync(ct);
        return (heading, reports);
    }

    /// <summary>A refused change or read of a report, recorded with whose it is when there is one.</summary>
    public async Task RecordRefusalAsync(Guid reportId, string attempt, CancellationToken ct)
    {
        var clientId = await db.CourtReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => (Guid?)r.ClientId).SingleOrDefaultAsync(ct);
        db.RecordAccess(AuditAction.CourtReportAccessRefused, nameof(CourtReport), reportId.ToString(), clientId, attempt);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The period's instants: from the start of its first agency day to the start of the day after its last.</summary>
    private (DateTimeOffset Start, DateTimeOffset Until) Instants(DateOnly from, DateOnly to) =>
        (calendar.At(from, TimeOnly.MinValue), calendar.At(to.AddDays(1), TimeOnly.MinValue));

    private static readonly CaseEventKind[] HistoryKinds =
    [
        CaseEventKind.Opened, CaseEventKind.StatusChanged, CaseEventKind.ClosureRequested, CaseEventKind.ClosureApproved, CaseEventKind.ClosureRejected,
        CaseEventKind.Closed, CaseEventKind.Reopened, CaseEventKind.Assigned, CaseEventKind.Transferred, CaseEventKind.Unassigned, CaseEventKind.MovedToTeam,
    ];

    /// <summary>
    /// Who lives with the client, from either side of each current relationship. A related client restricted from the
    /// reader is left out entirely, as on the profile (decision 0023): naming them would tell that they are hiding.
    /// </summary>
    private async Task<IReadOnlyList<CourtReportHouseholdMember>> HouseholdAsync(Guid clientId, CancellationToken ct)
    {
        var mentionable = clients.Mentionable(db.Clients);
        var fromClient = await db.Relationships.AsNoTracking()
            .Where(r => r.ClientId == clientId && r.LivesInHousehold && r.EndedAt == null
                && (r.RelatedClientId == null || mentionable.Any(c => c.Id == r.RelatedClientId)))
            .Select(r => new
            {
                r.Type,
                Name = r.RelatedClientId == null ? r.RelatedPersonName
                    : db.Clients.Where(c => c.Id == r.RelatedClientId).Select(c => (c.PreferredName ?? c.FirstName) + " " + c.LastName).FirstOrDefault(),
            }).ToListAsync(ct);
        var toClient = await db.Relationships.AsNoTracking()
            .Where(r => r.RelatedClientId == clientId && r.LivesInHousehold && r.EndedAt == null && mentionable.Any(c => c.Id == r.ClientId))
            .Select(r => new { r.Type, Name = db.Clients.Where(c => c.Id == r.ClientId).Select(c => (c.PreferredName ?? c.FirstName) + " " + c.LastName).FirstOrDefault() })
            .ToListAsync(ct);
        return
        [
            .. fromClient.Select(r => new CourtReportHouseholdMember(r.Name ?? "", r.Type)),
            .. toClient.Select(r => new CourtReportHouseholdMember(r.Name ?? "", Relationship.Inverse(r.Type))),
        ];
    }

    private Task<CaseHeading?> HeadingAsync(Guid caseId, CancellationToken ct) =>
        (from c in access.Readable(db.Cases).AsNoTracking()
         where c.Id == caseId
         join client in db.Clients on c.ClientId equals client.Id
         select new CaseHeading(c.Id, c.CaseNumber, c.ClientId, (client.PreferredName ?? client.FirstName) + " " + client.LastName, c.Status, c.Version))
            .SingleOrDefaultAsync(ct);

    private static string Iso(DateOnly date) => CaseEvent.DateValue(date);
}
