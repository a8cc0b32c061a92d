using Casewell.Access;
using Casewell.Common;

namespace Casewell.Court;

/// <summary>
/// A report's saved content to be made into a file (Word or PDF), for whoever may read its case. Each file made is
/// recorded in the audit trail, naming the client, before the content is handed out.
/// </summary>
public sealed record ExportCourtReport(Guid ReportId, CourtReportRead Format);

public sealed class ExportCourtReportHandler(CourtReportReads reads)
{
    public async Task<Result<CourtReportView>> Handle(ExportCourtReport request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Format == CourtReportRead.View) throw new ArgumentException("An export is a Word document or a PDF.", nameof(request));
        var read = await reads.ReadAsync(request.ReportId, request.Format, ct);
        return read is null ? Result<CourtReportView>.NotFound() : Result<CourtReportView>.Ok(CourtReportView.Of(read));
    }
}
