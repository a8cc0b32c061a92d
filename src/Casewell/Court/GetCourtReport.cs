using Casewell.Access;
using Casewell.Common;

namespace Casewell.Court;

/// <summary>One report, for whoever may read its case; the view is recorded in the audit trail.</summary>
public sealed record GetCourtReport(Guid ReportId);

public sealed class GetCourtReportHandler(CourtReportReads reads)
{
    public async Task<Result<CourtReportView>> Handle(GetCourtReport request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = await reads.ReadAsync(request.ReportId, CourtReportRead.View, ct);
        return read is null ? Result<CourtReportView>.NotFound() : Result<CourtReportView>.Ok(CourtReportView.Of(read));
    }
}
