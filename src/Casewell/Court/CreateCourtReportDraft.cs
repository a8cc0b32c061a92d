using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Court;

/// <summary>
/// Compiles a draft report to a court for a period of a case the actor may change: the record's facts worded into
/// editable sections, and the period's contacts as documented. A period with no contacts is refused (422).
/// </summary>
public sealed record CreateCourtReportDraft(Guid CaseId, DateOnly? From, DateOnly? To, string? Court, Guid? HearingId = null);

public sealed record CreatedCourtReport(Guid ReportId, int Version);

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
        CourtReportRules.CheckDraft(v, request.From, request.To, request.Court, calendar.Today());
        if (v.HasErrors) return Result<CreatedCourtReport>.Invalid(v.ToDictionary());
        var (from, to) = (request.From!.Value, request.To!.Value);
        if (!await reads.HasContactsAsync(@case.Id, from, to, ct)) return Result<CreatedCourtReport>.Refused(new Message(CourtReportMessages.NothingToReport));

        var id = Ids.New(clock);
        var facts = await reads.CompileAsync(@case, id, from, to, ct);
        var compiled = new CourtReportSections(wording.CaseDetails(facts), wording.Household(facts), wording.History(facts), "");
        var drafted = CourtReport.Draft(id, @case.Id, @case.ClientId, from, to, request.Court!, request.HearingId, compiled, facts.Contacts,
            access.Actor, clock.GetUtcNow());
        if (drafted.Failed) return Result<CreatedCourtReport>.From(drafted);
        db.CourtReports.Add(drafted.Value!);
        // The draft and the record of its compilation commit together.
        await db.SaveChangesAsync(ct);
        return Result<CreatedCourtReport>.Ok(new CreatedCourtReport(id, drafted.Value!.Version));
    }

    /// <summary>Whether the actor may make reports on the case: what the page asks before offering the form. Reads no content.</summary>
    public Task<bool> MayDraftAsync(Guid caseId, CancellationToken ct) =>
        RolePermissions.Allows(db.Actor, Ability.WorkCases) ? access.Editable(db.Cases).AnyAsync(c => c.Id == caseId, ct) : Task.FromResult(false);
}
