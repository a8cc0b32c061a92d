using Casewell.Access;
using Casewell.Cases;

namespace Casewell.Court;

/// <summary>A report as the API and the page show it.</summary>
public sealed record CourtReportView(Guid Id, CaseHeading Case, DateOnly PeriodFrom, DateOnly PeriodTo, string Court, Guid? HearingId,
    CourtReportSections Sections, IReadOnlyList<CourtReportContact> Contacts, DateTimeOffset CompiledAt, string CompiledByName,
    DateTimeOffset LastChangedAt, string LastChangedByName, int Version)
{
    public static CourtReportView Of(CourtReportOnCase read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var r = read.Report;
        return new(r.Id, read.Case, r.PeriodFrom, r.PeriodTo, r.Court, r.HearingId, r.Sections, r.Contacts, r.CompiledAt, r.CompiledByName,
            r.LastChangedAt, r.LastChangedByName, r.Version);
    }
}

/// <summary>A report in a case's list.</summary>
public sealed record CourtReportSummary(Guid Id, DateOnly PeriodFrom, DateOnly PeriodTo, string Court, int Contacts, DateTimeOffset CompiledAt,
    string CompiledByName, DateTimeOffset LastChangedAt);
