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
        if (dueOn is not { } due) v.Add("DueOn", new Message(TaskMessages.RequiredDueDate));
        else if (due < today) v.Add("DueOn", new Message(TaskMessages.DueInPast));
        else if (due > today.AddYears(MaxYearsAhead)) v.Add("DueOn", new Message(TaskMessages.DueTooFar, MaxYearsAhead));
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
