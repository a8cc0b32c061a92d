using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>
/// A supervisor looks at one worker's caseload, to transfer cases from it. They see the cases they may read:
/// those of the teams they lead.
/// </summary>
public sealed record ListWorkerCaseload(Guid WorkerId, CaseloadFilter Filter);

public sealed record WorkerCaseload(Guid WorkerId, string WorkerName, bool WorkerIsActive, CaseloadPage Cases);

public sealed class ListWorkerCaseloadHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar)
{
    public async Task<Result<WorkerCaseload>> Handle(ListWorkerCaseload request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanSupervise)
        {
            await access.RecordStaffRefusalAsync(request.WorkerId, "read their caseload", ct);
            return Result<WorkerCaseload>.Forbidden(new Message(CaseloadMessages.OnlySupervisorSeesWorker));
        }
        var worker = await access.SupervisesWorkerAsync(request.WorkerId, ct)
            ? await db.StaffUsers.AsNoTracking().Where(u => u.Id == request.WorkerId).Select(u => new { u.DisplayName, u.IsActive }).SingleOrDefaultAsync(ct)
            : null;
        if (worker is null)
        {
            await access.RecordStaffRefusalAsync(request.WorkerId, "read their caseload", ct);
            return Result<WorkerCaseload>.NotFound();
        }
        if (request.Filter.Validate() is { Failed: true } invalid) return Result<WorkerCaseload>.From(invalid);
        var cases = await CaseloadQuery.PageAsync(db, lists, access.Readable(db.Cases), request.WorkerId, request.Filter, calendar, ct);
        return Result<WorkerCaseload>.Ok(new WorkerCaseload(request.WorkerId, worker.DisplayName, worker.IsActive, cases));
    }
}
