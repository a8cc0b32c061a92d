using Casewell.Cases;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>
/// When someone can no longer work (their account is deactivated), every active case they hold goes back into
/// view: without its primary worker a case returns to its team's unassigned queue, where the team's supervisors
/// see it and the team caseload warns. Their tasks stay on the case for whoever takes it next.
/// </summary>
internal static class DepartedWorker
{
    public const string DeactivatedReason = "Account deactivated";

    /// <summary>Ends the worker's assignments on active cases, tracked for the caller's save; the number of cases touched.</summary>
    public static async Task<int> ReleaseCasesAsync(CasewellDbContext db, Guid workerId, string reason, StaffRef actor, DateTimeOffset now, CancellationToken ct)
    {
        var held = db.CaseAssignments.Where(a => a.StaffId == workerId && a.EndedAt == null).Select(a => a.CaseId);
        var cases = await db.Cases.Active().Include(c => c.Assignments)
            .Where(c => held.Contains(c.Id))
            .ToListAsync(ct);
        foreach (var @case in cases) @case.Unassign(workerId, reason, actor, now);
        return cases.Count;
    }
}
