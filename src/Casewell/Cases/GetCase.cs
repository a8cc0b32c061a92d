using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

public sealed record CaseDetail(
    Guid Id,
    string CaseNumber,
    int Version,
    Guid ClientId,
    string ClientName,
    IReadOnlyList<CasePerson> HouseholdMembers,
    Guid ProgramId,
    string ProgramName,
    Guid TeamId,
    string TeamName,
    Guid CaseTypeId,
    string CaseTypeName,
    string? RequiredContact,
    int? ContactFrequencyDays,
    CaseStatus Status,
    CasePriority Priority,
    ReferralSource ReferralSource,
    string ReferralReason,
    string? PresentingNeeds,
    DateTimeOffset ReferredAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    string? ClosureReason,
    ClosureOutcome? ClosureOutcome,
    PendingClosure? PendingClosure,
    DateTimeOffset? LastContactAt,
    DateOnly? NextContactDue,
    bool ContactOverdue,
    IReadOnlyList<CaseAssignmentView> Assignments,
    bool MayChange,
    bool MaySupervise,
    IReadOnlyList<CaseTransition> AllowedTransitions,
    bool ClosureNeedsApproval,
    bool MayAssign)
{
    public CaseAssignmentView? PrimaryWorker => Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Primary && a.EndedAt is null);
}

public sealed record CasePerson(Guid ClientId, string Name);

public sealed record CaseAssignmentView(Guid StaffId, string StaffName, AssignmentRole Role, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? EndReason);

/// <summary>
/// The case page: everything about the case but its timeline, for whoever may read it, with the steps the reader
/// may take now as the case says (<see cref="Case.StepsFor"/>). Each view is audited.
/// </summary>
public sealed record GetCase(Guid CaseId);

public sealed class GetCaseHandler(CasewellDbContext db, CaseAccess access, ClientAccess clients, CaseReads reads, AgencyCalendar calendar)
{
    public async Task<Result<CaseDetail>> Handle(GetCase request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await reads.ReadAsync(request.CaseId, ct);
        if (found is null) return Result<CaseDetail>.NotFound();

        // A member whose record is restricted from the reader does not exist for them: the case names only the others.
        var memberIds = found.Members.Select(m => m.ClientId).ToList();
        var names = await clients.Mentionable(db.Clients).AsNoTracking()
            .Where(c => c.Id == found.ClientId || memberIds.Contains(c.Id))
            .Select(c => new CasePerson(c.Id, (c.PreferredName ?? c.FirstName) + " " + c.LastName))
            .ToListAsync(ct);
        var program = await db.Programs.AsNoTracking().Where(p => p.Id == found.ProgramId).Select(p => new { p.Name, p.ClosureRequiresApproval }).SingleAsync(ct);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == found.TeamId).Select(t => t.Name).SingleAsync(ct);
        var type = await db.CaseTypes.AsNoTracking().SingleAsync(t => t.Id == found.CaseTypeId, ct);
        var mayChange = await access.Editable(db.Cases).AnyAsync(c => c.Id == found.Id, ct);
        var maySupervise = await access.SupervisesAsync(found, ct);
        var steps = found.StepsFor(mayChange, maySupervise, program.ClosureRequiresApproval);

        return Result<CaseDetail>.Ok(new CaseDetail(
            found.Id, found.CaseNumber, found.Version, found.ClientId,
            names.FirstOrDefault(n => n.ClientId == found.ClientId)?.Name ?? "",
            [.. names.Where(n => n.ClientId != found.ClientId)],
            found.ProgramId, program.Name, found.TeamId, team, type.Id, type.Name, type.ContactDescription, type.ContactFrequencyDays,
            found.Status, found.Priority, found.ReferralSource, found.ReferralReason, found.PresentingNeeds,
            found.ReferredAt, found.OpenedAt, found.ClosedAt, found.ClosureReason, found.ClosureOutcome, found.PendingClosure,
            found.LastContactAt, found.NextContactDue, found.IsContactOverdue(calendar.Today()),
            [.. found.Assignments.OrderBy(a => a.StartedAt).Select(a => new CaseAssignmentView(a.StaffId, a.StaffName, a.Role, a.StartedAt, a.EndedAt, a.EndReason))],
            mayChange, maySupervise, steps.AllowedTransitions, steps.ClosureNeedsApproval, steps.MayAssign));
    }
}
