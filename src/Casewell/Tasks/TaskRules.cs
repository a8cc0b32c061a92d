using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;

namespace Casewell.Tasks;

/// <summary>What adding a task and changing one agree on: when it may be due, and to whom it may go.</summary>
internal static class TaskRules
{
    /// <summary>Far enough for a court date or an annual review; further is a typo.</summary>
    public const int MaxYearsAhead = 5;

    public static void CheckDueOn(Validation v, DateOnly? dueOn, DateOnly today)
    {
        if (dueOn is not { } due) v.Add("DueOn", "Enter the due date.");
        else if (due < today) v.Add("DueOn", "The due date must be today or later.");
        else if (due > today.AddYears(MaxYearsAhead)) v.Add("DueOn", $"The due date must be within {MaxYearsAhead} years.");
    }

    /// <summary>
    /// Who a task on the case may go to: an active worker on the case or a supervisor of its team. A task given
    /// to someone who cannot see the case is a task lost.
    /// </summary>
    public static IQueryable<StaffUser> EligibleAssignees(CasewellDbContext db, Guid caseId, Guid teamId) =>
        db.StaffUsers
            .Where(u => u.IsActive
                && (db.CaseAssignments.Any(a => a.CaseId == caseId && a.StaffId == u.Id && a.EndedAt == null)
                    || db.Teams.Any(t => t.Id == teamId && t.Members.Any(m => m.StaffId == u.Id && m.IsSupervisor))));
}
