using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Court;

/// <summary>
/// A report to a court on one case, compiled from the record when the draft is made: client and case details, the
/// household, the case's history and its contacts in the period. The worker then edits the sections and writes the
/// recommendations; the Word and PDF files are made from what is saved here, so both say the same.
/// </summary>
public sealed class CourtReport : IVersioned
{
    public const int MaxCourtLength = 200;
    public const int MaxSectionLength = 100_000;
    public const int MaxRecommendationsLength = 10_000;

    private CourtReport() { }

    private CourtReport(Guid id, Guid caseId, Guid clientId, DateOnly from, DateOnly to, string court, Guid? hearingId,
        CourtReportSections sections, IReadOnlyList<CourtReportContact> contacts, StaffRef by, DateTimeOffset now)
    {
        Id = id;
        CaseId = caseId;
        ClientId = clientId;
        PeriodFrom = from;
        PeriodTo = to;
        Court = court.Trim();
        HearingId = hearingId;
        CaseDetails = sections.CaseDetails;
        Household = sections.Household;
        History = sections.History;
        Recommendations = sections.Recommendations;
        Contacts = contacts;
        CompiledAt = now;
        CompiledById = by.Id;
        CompiledByName = by.Name;
        LastChangedAt = now;
        LastChangedByName = by.Name;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>Whose report it is: the audit trail finds every entry about it under the client.</summary>
    public Guid ClientId { get; private set; }

    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }

    /// <summary>The court the report is for ("Family Court of Lane County, Dept. 4").</summary>
    public string Court { get; private set; } = "";

    /// <summary>The hearing the report is for, where one is recorded; linked to the hearings once both have landed.</summary>
    public Guid? HearingId { get; private set; }

    public string CaseDetails { get; private set; } = "";
    public string Household { get; private set; } = "";
    public string History { get; private set; } = "";
    public string Recommendations { get; private set; } = "";

    /// <summary>The contacts of the period as documented when the draft was compiled, oldest first.</summary>
    public IReadOnlyList<CourtReportContact> Contacts { get; private set; } = [];

    public DateTimeOffset CompiledAt { get; private set; }
    public Guid CompiledById { get; private set; }
    public string CompiledByName { get; private set; } = "";
    public DateTimeOffset LastChangedAt { get; private set; }
    public string LastChangedByName { get; private set; } = "";
    public int Version { get; set; }

    /// <summary>
    /// A draft of the period's contacts, or a refusal: a period with nothing documented has nothing to tell the court,
    /// and a report of it would read as though the worker had not seen the family.
    /// </summary>
    public static Result<CourtReport> Draft(Guid id, Guid caseId, Guid clientId, DateOnly from, DateOnly to, string court, Guid? hearingId,
        CourtReportSections compiled, IReadOnlyList<CourtReportContact> contacts, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(by);
        if (contacts.Count == 0) return Result<CourtReport>.Refused(new Message(CourtReportMessages.NothingToReport));
        return Result<CourtReport>.Ok(new CourtReport(id, caseId, clientId, from, to, court, hearingId, compiled,
            [.. contacts.OrderBy(c => c.OccurredAt)], by, now));
    }

    /// <summary>The worker's edit of the sections and the court; the contacts stay as the record has them.</summary>
    public Result Revise(string? court, CourtReportSections sections, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(by);
        var v = new Validation();
        if (court is not null) CourtReportRules.CheckCourt(v, court);
        CourtReportRules.CheckSections(v, sections);
        if (v.HasErrors) return v.ToResult();
        if (court is not null) Court = court.Trim();
        CaseDetails = sections.CaseDetails.TrimEnd();
        Household = sections.Household.TrimEnd();
        History = sections.History.TrimEnd();
        Recommendations = sections.Recommendations.TrimEnd();
        LastChangedAt = now;
        LastChangedByName = by.Name;
        return Result.Ok();
    }

    public CourtReportSections Sections => new(CaseDetails, Household, History, Recommendations);
}
