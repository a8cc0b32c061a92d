using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>
/// A worker leaves or is away: their supervisor moves every active case they hold as primary worker, in the
/// teams the supervisor leads, to one worker or spread over several by weighted load, and ends their secondary
/// assignments there. Each move is a transfer on the case's timeline; all of it is saved at once or not at all.
/// Their open tasks on those cases follow the case to its primary worker, so nothing due is left with someone
/// who is not there. Cases in teams the supervisor does not lead stay, and the answer says how many. A worker who
/// is on none of the supervisor's teams and holds none of their cases is answered as an unknown id.
/// </summary>
public sealed record HandOverCaseload(Guid FromWorkerId, IReadOnlyList<Guid>? ToWorkerIds, string? Reason);

public sealed record HandedOverTo(Guid WorkerId, string Name, int Cases);

public sealed record HandOver(IReadOnlyList<HandedOverTo> Recipients, int SecondaryAssignmentsEnded, int CasesLeftInOtherTeams)
{
    public int CasesMoved => Recipients.Sum(r => r.Cases);
}

public sealed class HandOverCaseloadHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar, PriorityWeights weights)
{
    public const int MaxRecipients = 50;

    public async Task<Result<HandOver>> Handle(HandOverCaseload request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanSupervise)
        {
            await access.RecordStaffRefusalAsync(request.FromWorkerId, "hand over their caseload", ct);
            return Result<HandOver>.Forbidden(new Message(CaseloadMessages.OnlySupervisorHandsOver));
        }
        // Whose caseload it is comes before what the request says: one who may not see the worker learns nothing more.
        if (!await access.SupervisesWorkerAsync(request.FromWorkerId, ct))
        {
            await access.RecordStaffRefusalAsync(request.FromWorkerId, "hand over their caseload", ct);
            return Result<HandOver>.NotFound();
        }
        var targetIds = (request.ToWorkerIds ?? []).Distinct().ToList();
        var v = new Validation();
        v.Required("Reason", request.Reason, new Message(CaseloadMessages.RequiredHandOverReason));
        v.MultiLine("Reason", request.Reason, Case.MaxReasonLength, new Message(CaseloadMessages.HandOverReason));
        if (targetIds.Count == 0) v.Add("ToWorkerIds", new Message(CaseloadMessages.ChooseRecipient));
        else if (targetIds.Count > MaxRecipients) v.Add("ToWorkerIds", new Message(CaseloadMessages.TooManyRecipients, MaxRecipients));
        else if (targetIds.Contains(request.FromWorkerId)) v.Add("ToWorkerIds", new Message(CaseloadMessages.RecipientIsGiver));
        if (v.HasErrors) return Result<HandOver>.Invalid(v.ToDictionary());

        var supervised = access.SupervisedTeams(db.Teams);
        var teamNames = await supervised.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var teamIds = teamNames.Keys.ToList();
        var targets = (await WorkerLoads.WorkersOfAsync(db, supervised, ct)).Where(w => targetIds.Contains(w.Id)).ToList();
        if (targets.DistinctBy(t => t.Id).Count() != targetIds.Count)
            return Result<HandOver>.Invalid("ToWorkerIds", new Message(CaseloadMessages.RecipientsNotSupervised));

        var from = request.FromWorkerId;
        var held = db.CaseAssignments.Where(a => a.StaffId == from && a.EndedAt == null).Select(a => a.CaseId);
        var cases = await access.Editable(db.Cases).Active().Include(c => c.Assignments)
            .Where(c => teamIds.Contains(c.TeamId) && held.Contains(c.Id))
            .OrderBy(c => c.ReferredAt).ThenBy(c => c.Id)
            .ToListAsync(ct);
        var left = await access.Mentionable(db.Cases).Active().CountAsync(c => !teamIds.Contains(c.TeamId) && held.Contains(c.Id), ct);

        var typeWeights = await db.CaseTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.LoadWeight, ct);
        var primaryCases = cases.Where(c => c.PrimaryWorkerId == from).ToList();
        var loads = await WorkerLoads.WeightedAsync(db, access.Readable(db.Cases), targetIds, weights, calendar.Today(), ct);
        var plan = CaseloadBalance.Distribute(
            [.. primaryCases.Select(c => (c.Id, typeWeights.GetValueOrDefault(c.CaseTypeId, 1.0) * weights.For(c.Priority)))],
            [.. targetIds.Select(id => (id, loads.GetValueOrDefault(id).Load))]);

        var now = clock.GetUtcNow();
        var reason = request.Reason!.Trim();
        var byId = cases.ToDictionary(c => c.Id);
        foreach (var (caseId, workerId) in plan)
        {
            var @case = byId[caseId];
            var worker = targets.First(t => t.Id == workerId);
            var moved = @case.AssignPrimary(new StaffRef(worker.Id, worker.Name), reason, access.Actor, now, () => Ids.New(clock));
            if (moved.Failed) return Result<HandOver>.From(moved);
            // As in AssignCase: a worker from another of the supervisor's teams takes the case into their team.
            if (!targets.Any(t => t.Id == workerId && t.TeamId == @case.TeamId)) @case.MoveToTeam(worker.TeamId, teamNames[worker.TeamId], access.Actor, now);
        }
        var secondaries = 0;
        foreach (var @case in cases.Where(c => c.CurrentAssignment(AssignmentRole.Secondary, from) is not null))
        {
            var ended = @case.Unassign(from, reason, access.Actor, now);
            if (ended.Failed) return Result<HandOver>.From(ended);
            secondaries++;
        }
        await MoveOpenTasksAsync(from, cases, now, ct);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<HandOver>.Conflict(new Message(CaseloadMessages.HandOverChanged));
        }
        var recipients = targetIds.Select(id => new HandedOverTo(id, targets.First(t => t.Id == id).Name, plan.Count(p => p.WorkerId == id))).ToList();
        return Result<HandOver>.Ok(new HandOver(recipients, secondaries, left));
    }

    private async Task MoveOpenTasksAsync(Guid from, List<Case> cases, DateTimeOffset now, CancellationToken ct)
    {
        var caseIds = cases.Select(c => c.Id).ToList();
        var tasks = await db.Tasks.Where(t => t.AssignedToId == from && t.Status == CaseTaskStatus.Open && caseIds.Contains(t.CaseId)).ToListAsync(ct);
        var byId = cases.ToDictionary(c => c.Id);
        foreach (var task in tasks)
        {
            var @case = byId[task.CaseId];
            if (@case.CurrentAssignment(AssignmentRole.Primary) is not { } primary || primary.StaffId == from) continue;
            @case.ReassignTask(task, new StaffRef(primary.StaffId, primary.StaffName), access.Actor, now);
        }
    }
}
