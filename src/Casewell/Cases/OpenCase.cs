using Casewell.Access;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

/// <summary>
/// Opens a case for a client, from the profile or straight from intake. The case starts as a referral in its
/// team's unassigned queue, where a supervisor assigns it. For a family case, household members join it.
/// </summary>
public sealed record OpenCase(
    Guid ClientId,
    Guid ProgramId,
    Guid? TeamId,
    Guid CaseTypeId,
    CasePriority Priority,
    ReferralSource ReferralSource,
    string? ReferralReason,
    string? PresentingNeeds,
    IReadOnlyList<Guid>? HouseholdMemberIds);

public sealed record OpenedCase(Guid CaseId, string CaseNumber);

public sealed class OpenCaseHandler(CasewellDbContext db, CaseAccess access, ClientAccess clients, TimeProvider clock, AgencyCalendar calendar)
{
    public const int MaxHouseholdMembers = 20;

    /// <summary>Intakes racing for the same case number: each loser simply takes the next one.</summary>
    private const int NumberAttempts = 10;

    public async Task<Result<OpenedCase>> Handle(OpenCase request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanOpen) return Result<OpenedCase>.Forbidden(new Message(CaseMessages.MayNotOpen));
        // A person already known elsewhere gets a case of their own here: opening one needs only to find them (decision record 0018).
        if (!await clients.Recognisable(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result<OpenedCase>.NotFound();

        var v = new Validation();
        v.Required("ReferralReason", request.ReferralReason, new Message(CaseMessages.RequiredReferralReason));
        v.MultiLine("ReferralReason", request.ReferralReason, Case.MaxReferralReasonLength, new Message(CaseMessages.ReferralReason));
        v.MultiLine("PresentingNeeds", request.PresentingNeeds, Case.MaxPresentingNeedsLength, new Message(CaseMessages.PresentingNeeds));
        if (!Enum.IsDefined(request.Priority)) v.Add("Priority", new Message(CaseMessages.ChoosePriority));
        if (!Enum.IsDefined(request.ReferralSource)) v.Add("ReferralSource", new Message(CaseMessages.ChooseReferralSource));
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProgramId && p.IsActive, ct);
        if (program is null) v.Add("ProgramId", new Message(CaseMessages.ChooseProgram));
        var type = await db.CaseTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.CaseTypeId && t.IsActive, ct);
        if (type is null) v.Add("CaseTypeId", new Message(CaseMessages.ChooseCaseType));
        var teamId = program is null ? null : await TeamAsync(v, request, ct);
        var members = request.HouseholdMemberIds ?? [];
        if (members.Count > MaxHouseholdMembers) v.Add("HouseholdMemberIds", new Message(CaseMessages.TooManyHouseholdMembers, MaxHouseholdMembers));
        else if (!await AreHouseholdAsync(request.ClientId, members, ct)) v.Add("HouseholdMemberIds", new Message(CaseMessages.OnlyHousehold));
        if (v.HasErrors) return Result<OpenedCase>.Invalid(v.ToDictionary());

        var intake = new CaseIntake(request.ClientId, request.ProgramId, teamId!.Value, request.CaseTypeId, request.Priority,
            request.ReferralSource, request.ReferralReason!, request.PresentingNeeds, members);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Result<OpenedCase>.Ok(await SaveAsync(intake, type!, ct));
            }
            // A concurrency failure on the year's counter, or a duplicate when two intakes start a new year's
            // counter at once: both mean another intake took the number first.
            catch (DbUpdateException) when (attempt < NumberAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<OpenedCase> SaveAsync(CaseIntake intake, CaseType type, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = calendar.Today();
        var sequence = await db.CaseNumberSequences.SingleOrDefaultAsync(s => s.Year == today.Year, ct);
        if (sequence is null)
        {
            sequence = new CaseNumberSequence(today.Year);
            db.CaseNumberSequences.Add(sequence);
        }
        var @case = new Case(Ids.New(clock), sequence.Next(), intake, access.Actor, now);
        @case.ScheduleNextContact(type.ContactFrequencyDays, today);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(ct);
        return new OpenedCase(@case.Id, @case.CaseNumber);
    }

    /// <summary>The team named, if it serves the program; else the program's only team; else the worker must choose.</summary>
    private async Task<Guid?> TeamAsync(Validation v, OpenCase request, CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().Where(t => t.ProgramId == request.ProgramId && t.IsActive).Select(t => t.Id).ToListAsync(ct);
        if (request.TeamId is { } chosen)
        {
            if (teams.Contains(chosen)) return chosen;
            v.Add("TeamId", new Message(CaseMessages.ChooseProgramTeam));
            return null;
        }
        if (teams.Count == 1) return teams[0];
        v.Add("TeamId", new Message(teams.Count == 0 ? CaseMessages.ProgramHasNoTeam : CaseMessages.ChooseTeam));
        return null;
    }

    private async Task<bool> AreHouseholdAsync(Guid clientId, IReadOnlyList<Guid> members, CancellationToken ct)
    {
        var others = members.Where(m => m != clientId).Distinct().ToList();
        if (others.Count == 0) return true;
        var linked = await db.Relationships.AsNoTracking()
            .Where(r => r.EndedAt == null && r.RelatedClientId != null && (r.ClientId == clientId || r.RelatedClientId == clientId))
            .Select(r => r.ClientId == clientId ? r.RelatedClientId!.Value : r.ClientId)
            .ToListAsync(ct);
        return others.All(linked.Contains);
    }
}
