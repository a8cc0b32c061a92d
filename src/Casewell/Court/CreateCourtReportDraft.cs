using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// Compiles a draft report to a court for a period of a case the actor may change: the record's facts worded into
/// editable sections, and the period's signed notes of contacts as documented. A period with none is refused (422). A report
/// to one of the case's hearings takes the hearing's court and, unless given, the period since the court last heard the case.
/// </summary>
public sealed record CreateCourtReportDraft(Guid CaseId, DateOnly? From, DateOnly? To, string? Court, Guid? HearingId = null);

public sealed record CreatedCourtReport(Guid ReportId, int Version);

/// <summary>A report to a hearing as Casewell proposes it: the hearing, the period since the court last heard the case, its court.</summary>
public sealed record HearingReportProposal(Guid HearingId, DateTimeOffset StartsAt, CourtHearingType Type, DateOnly From, DateOnly To, string Court);

public sealed class CreateCourtReportDraftHandler(CasewellDbContext db, CaseAccess access, CourtReportReads reads, CourtReportWording wording,
    TimeProvider clock, AgencyCalendar calendar)
{
    public async Task<Result<CreatedCourtReport>> Handle(CreateCourtReportDraft request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.WorkCases) is { } lacking) return Result<CreatedCourtReport>.From(lacking);
        // Access before the fields: whoever may not change the case learns nothing from what they sent.
        var @case = await access.Editable(db.Cases).AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CaseId, ct);
        if (@case is null)
        {
            var readable = await access.Readable(db.Cases).AnyAsync(c => c.Id == request.CaseId, ct);
            await access.RecordCaseRefusalAsync(request.CaseId, "make a court report", ct);
            return readable ? Result<CreatedCourtReport>.Forbidden(new Message(CourtReportMessages.ReadOnlyCase)) : Result<CreatedCourtReport>.NotFound();
        }

        var v = new Validation();
        var (requestFrom, requestTo, court) = (request.From, request.To, request.Court);
        if (request.HearingId is { } hearingId)
        {
            // A report to a hearing: the hearing's court, and the period since the court last heard the case, unless given.
            var proposal = await ProposalAsync(@case, hearingId, ct);
            // Alone: the court and the period left blank were left for the hearing to fill.
            if (proposal is null) return Result<CreatedCourtReport>.Invalid("HearingId", new Message(CourtReportMessages.UnknownHearing));
            (requestFrom, requestTo) = (requestFrom ?? proposal.From, requestTo ?? proposal.To);
            court = TextRules.IsBlank(court) ? proposal.Court : court;
        }
        CourtReportRules.CheckDraft(v, requestFrom, requestTo, court, calendar.Today());
        if (v.HasErrors) return Result<CreatedCourtReport>.Invalid(v.ToDictionary());
        var (from, to) = (requestFrom!.Value, requestTo!.Value);
        if (!await reads.HasContactsAsync(@case.Id, from, to, ct)) return Result<CreatedCourtReport>.Refused(new Message(CourtReportMessages.NothingToReport));

        var id = Ids.New(clock);
        var facts = await reads.CompileAsync(@case, id, from, to, ct);
        var compiled = new CourtReportSections(wording.CaseDetails(facts), wording.Household(facts), wording.History(facts), "");
        var drafted = CourtReport.Draft(id, @case.Id, @case.ClientId, from, to, court!, request.HearingId, compiled,
            [.. facts.Notes.Select(n => CourtReportContact.Of(n, wording))],
            access.Actor, clock.GetUtcNow());
        if (drafted.Failed) return Result<CreatedCourtReport>.From(drafted);
        db.CourtReports.Add(drafted.Value!);
        // The draft and the record of its compilation commit together.
        await db.SaveChangesAsync(ct);
        return Result<CreatedCourtReport>.Ok(new CreatedCourtReport(id, drafted.Value!.Version));
    }

    /// <summary>
    /// What a report to one of the case's hearings starts from, for the page to offer before the worker compiles it; null
    /// when the actor may not make reports on the case, or the hearing is not one of its own or is cancelled.
    /// </summary>
    public async Task<HearingReportProposal?> ProposeAsync(Guid caseId, Guid hearingId, CancellationToken ct)
    {
        if (!RolePermissions.Allows(db.Actor, Ability.WorkCases)) return null;
        var @case = await access.Editable(db.Cases).AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        return @case is null ? null : await ProposalAsync(@case, hearingId, ct);
    }

    private async Task<HearingReportProposal?> ProposalAsync(Case @case, Guid hearingId, CancellationToken ct)
    {
        var caseId = @case.Id;
        var hearing = await db.CourtHearings.AsNoTracking()
            .Where(h => h.Id == hearingId && h.CaseId == caseId && h.Status != CourtHearingStatus.Cancelled)
            .Select(h => new
            {
                h.StartsAt,
                h.Type,
                h.Court,
                LastHeldAt = db.CourtHearings.Where(p => p.CaseId == caseId && p.Status == CourtHearingStatus.Held && p.StartsAt < h.StartsAt)
                    .Max(p => (DateTimeOffset?)p.StartsAt),
            })
            .SingleOrDefaultAsync(ct);
        if (hearing is null) return null;
        var lastHeld = hearing.LastHeldAt is { } held ? calendar.DateOf(held) : (DateOnly?)null;
        var (from, to) = CourtReportPeriod.ForHearing(calendar.DateOf(hearing.StartsAt), lastHeld, calendar.DateOf(@case.ReferredAt), calendar.Today());
        return new HearingReportProposal(hearingId, hearing.StartsAt, hearing.Type, from, to, hearing.Court);
    }

    /// <summary>Whether the actor may make reports on the case: what the page asks before offering the form. Reads no content.</summary>
    public Task<bool> MayDraftAsync(Guid caseId, CancellationToken ct) =>
        RolePermissions.Allows(db.Actor, Ability.WorkCases) ? access.Editable(db.Cases).AnyAsync(c => c.Id == caseId, ct) : Task.FromResult(false);
}
