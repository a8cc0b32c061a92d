using System.Linq.Expressions;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Court;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Organization;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// Which cases the current staff member may read and change. Every list and detail read of case content
/// filters through here, so a caseload can never show what the case page would refuse:
/// a case worker reads the cases assigned to them (and their team's, where the program allows it);
/// a supervisor their teams' cases; a program manager their programs'; an intake worker only the referrals
/// they made that still wait in a queue; administrators, auditors and partners no case content by role.
/// </summary>
public sealed class CaseAccess(CasewellDbContext db, CurrentStaff staff)
{
    // Applied last, outside every rule below: whatever grants a case (an emergency grant included) cannot open a restricted one.
    private readonly RestrictedRecords restrictions = new(db, staff);

    public bool CanOpen => RolePermissions.Allows(staff, Ability.OpenCases);
    public bool CanSupervise => RolePermissions.Allows(staff, Ability.SuperviseCases);
    public bool CanWork => RolePermissions.Allows(staff, Ability.WorkCases);

    /// <summary>Supervisors look over their teams' caseloads; program managers over their programs' teams, read-only.</summary>
    public bool CanOverseeCaseloads => RolePermissions.Allows(staff, Ability.OverseeCaseloads);

    public StaffRef Actor => new(staff.Id, staff.Name);

    public IQueryable<Case> Readable(IQueryable<Case> cases) => restrictions.Open(WhileActive(cases).Where(ReadRule()));

    /// <summary>
    /// Cases that may be counted or named to the actor without being read (a worker's cases left in other teams): every
    /// case but a restricted one the actor is not admitted to, which must not show even in a count.
    /// </summary>
    public IQueryable<Case> Mentionable(IQueryable<Case> cases) => restrictions.Open(cases);

    /// <summary>Cases the actor may change: their own, and as supervisor their teams'. Reading is not enough.</summary>
    public IQueryable<Case> Editable(IQueryable<Case> cases) => restrictions.Open(WhileActive(cases).Where(EditRule()));

    /// <summary>Whether the actor supervises the team the case belongs to: assignments and closure approvals are theirs.</summary>
    public Task<bool> SupervisesAsync(Case @case, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return SupervisesTeamAsync(@case.TeamId, ct);
    }

    public Task<bool> SupervisesTeamAsync(Guid teamId, CancellationToken ct)
    {
        if (!CanSupervise) return Task.FromResult(false);
        var me = staff.Id;
        return WhileActive(db.Teams).AnyAsync(t => t.Id == teamId && t.Members.Any(m => m.StaffId == me && m.IsSupervisor), ct);
    }

    /// <summary>The teams the actor leads as a supervisor: their queues, assignments and handovers are theirs.</summary>
    public IQueryable<Team> SupervisedTeams(IQueryable<Team> teams)
    {
        if (!CanSupervise) return teams.Where(_ => false);
        var me = staff.Id;
        return WhileActive(teams).Where(t => t.Members.Any(m => m.StaffId == me && m.IsSupervisor));
    }

    /// <summary>
    /// Whether the worker is the actor's to oversee as a supervisor: a member of a team they lead, or holding a case of
    /// one. Anyone else is none of their business, and is answered as an unknown id, so that the answer says nothing
    /// about the worker's cases elsewhere. A case restricted from the actor counts for nothing here: it must not turn
    /// an unknown id into a known one (a departed worker whose only case in the team is restricted).
    /// </summary>
    public async Task<bool> SupervisesWorkerAsync(Guid workerId, CancellationToken ct)
    {
        var teams = SupervisedTeams(db.Teams).Select(t => t.Id);
        var cases = Mentionable(db.Cases);
        return await teams.AnyAsync(t => db.Teams.Any(m => m.Id == t && m.Members.Any(x => x.StaffId == workerId)), ct)
            || await db.CaseAssignments.AnyAsync(a => a.StaffId == workerId && a.EndedAt == null
                && cases.Any(c => c.Id == a.CaseId && teams.Contains(c.TeamId)), ct);
    }

    /// <summary>
    /// The teams whose caseloads the actor may look over: a supervisor's own teams, and (read-only) the teams of
    /// a program manager's programs.
    /// </summary>
    public IQueryable<Team> OverseenTeams(IQueryable<Team> teams)
    {
        if (CanSupervise) return SupervisedTeams(teams);
        if (!RolePermissions.Allows(staff, Ability.OverseePrograms)) return teams.Where(_ => false);
        var me = staff.Id;
        return WhileActive(teams).Where(t => db.Programs.Any(p => p.Id == t.ProgramId && p.Managers.Any(m => m.StaffId == me)));
    }

    /// <summary>
    /// Records an attempt on a case the actor may not read or change, or on no case at all: the caller answers both
    /// alike (404, or 403 where reading is allowed), and the trail keeps what was tried and on whose record. One entry
    /// per refused request, saved at once: a refusal changes nothing else.
    /// </summary>
    public async Task RecordCaseRefusalAsync(Guid caseId, string attempt, CancellationToken ct)
    {
        var clientId = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
        await RecordRefusalAsync(AuditAction.CaseAccessRefused, nameof(Case), caseId, clientId, attempt, ct);
    }

    /// <summary>The same for a task, found through its case.</summary>
    public async Task RecordTaskRefusalAsync(Guid taskId, string attempt, CancellationToken ct)
    {
        var clientId = await (from t in db.Tasks
                              where t.Id == taskId
                              join c in db.Cases on t.CaseId equals c.Id
                              select (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
        await RecordRefusalAsync(AuditAction.TaskAccessRefused, nameof(CaseTask), taskId, clientId, attempt, ct);
    }

    /// <summary>The same for a court hearing, found through its case.</summary>
    public async Task RecordHearingRefusalAsync(Guid hearingId, string attempt, CancellationToken ct)
    {
        var clientId = await (from h in db.CourtHearings
                              where h.Id == hearingId
                              join c in db.Cases on h.CaseId equals c.Id
                              select (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
        await RecordRefusalAsync(AuditAction.HearingAccessRefused, nameof(CourtHearing), hearingId, clientId, attempt, ct);
    }

    /// <summary>The same for a team's caseloads or queue, or a worker's caseload, which hold no one client.</summary>
    public Task RecordTeamRefusalAsync(Guid? teamId, string attempt, CancellationToken ct) =>
        RecordRefusalAsync(AuditAction.TeamAccessRefused, nameof(Team), teamId, null, attempt, ct);

    public Task RecordStaffRefusalAsync(Guid staffId, string attempt, CancellationToken ct) =>
        RecordRefusalAsync(AuditAction.StaffAccessRefused, nameof(StaffUser), staffId, null, attempt, ct);

    private async Task RecordRefusalAsync(AuditAction action, string entityType, Guid? id, Guid? clientId, string attempt, CancellationToken ct)
    {
        db.RecordAccess(action, entityType, id?.ToString(), clientId, attempt);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The rows, while the actor's own account is active, and none once it is not. Deactivation keeps team memberships
    /// and program grants for the record, so every entry point here asks it once: a request already under way, or code
    /// acting as the account, opens nothing once it is deactivated.
    /// </summary>
    private IQueryable<T> WhileActive<T>(IQueryable<T> rows)
    {
        var me = staff.Id;
        var active = db.StaffUsers.Where(u => u.Id == me && u.IsActive);
        return rows.Where(_ => active.Any());
    }

    private Expression<Func<Case, bool>> ReadRule()
    {
        if (!staff.IsSignedIn) return _ => false;
        var me = staff.Id;
        var leads = CanSupervise;
        return staff.Role switch
        {
            // Working roles read what they are assigned, their team's cases where the program lets the team see them,
            // and, where they hold the supervising ability, every case of a team they supervise. A supervisor-role plain
            // member of a team sees its cases as any member does.
            StaffRole.CaseWorker or StaffRole.Supervisor => c =>
                db.CaseAssignments.Any(a => a.CaseId == c.Id && a.StaffId == me && a.EndedAt == null)
                || (db.Programs.Any(p => p.Id == c.ProgramId && p.TeamMayViewCases)
                    && db.Teams.Any(t => t.Id == c.TeamId && t.Members.Any(m => m.StaffId == me)))
                || (leads && db.Teams.Any(t => t.Id == c.TeamId && t.Members.Any(m => m.StaffId == me && m.IsSupervisor))),
            StaffRole.ProgramManager => c => db.Programs.Any(p => p.Id == c.ProgramId && p.Managers.Any(m => m.StaffId == me)),
            StaffRole.IntakeWorker => c => c.CreatedBy == me && c.Status == CaseStatus.Referred && c.PrimaryWorkerId == null,
            _ => _ => false,
        };
    }

    private Expression<Func<Case, bool>> EditRule()
    {
        if (!staff.IsSignedIn) return _ => false;
        var me = staff.Id;
        var leads = CanSupervise;
        return staff.Role switch
        {
            StaffRole.CaseWorker or StaffRole.Supervisor => c =>
                db.CaseAssignments.Any(a => a.CaseId == c.Id && a.StaffId == me && a.EndedAt == null)
                || (leads && db.Teams.Any(t => t.Id == c.TeamId && t.Members.Any(m => m.StaffId == me && m.IsSupervisor))),
            _ => _ => false,
        };
    }
}
