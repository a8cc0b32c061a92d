using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Court;

public sealed record CaseCourtReports(CaseHeading Case, IReadOnlyList<CourtReportSummary> Reports);

/// <summary>A case's court reports, newest first, for whoever may read the case; the list is recorded in the audit trail.</summary>
public sealed record ListCourtReports(Guid CaseId);

public sealed class ListCourtReportsHandler(CourtReportReads reads)
{
    public async Task<Result<CaseCourtReports>> Handle(ListCourtReports request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await reads.ListAsync(request.CaseId, ct) is not { } read) return Result<CaseCourtReports>.NotFound();
        return Result<CaseCourtReports>.Ok(new CaseCourtReports(read.Case, [.. read.Reports.Select(r =>
            new CourtReportSummary(r.Id, r.PeriodFrom, r.PeriodTo, r.Court, r.Contacts.Count, r.CompiledAt, r.CompiledByName, r.LastChangedAt))]));
    }
}
