using System.Globalization;
using System.Text;
using Casewell.Audit;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Audit;

/// <summary>
/// The filtered trail as CSV, written as the lines arrive (a batch at a time, flushed), so a large export neither
/// waits for its end nor holds it in memory. Cells are made safe by <see cref="CsvText"/>.
/// </summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
        ["Sequence", "When (UTC)", "When (agency time)", "Staff member", "Staff ID", "Action", "Action code", "Record type", "Record ID", "Client ID", "Details", "From"];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<AuditLine> lines, AgencyTime time, IStringLocalizer<AuditStrings> words, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(CsvText.Line(Header));
        var written = 0;
        await foreach (var line in lines.WithCancellation(ct))
        {
            if (written == ExportAuditTrailHandler.MaxRows)
            {
                await writer.WriteAsync(CsvText.Line(words["Csv_Truncated", ExportAuditTrailHandler.MaxRows].Value));
                break;
            }
            await writer.WriteAsync(CsvText.Line(
                line.Sequence.ToString(CultureInfo.InvariantCulture),
                line.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                time.Local(line.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
                line.ActorName, line.ActorId.ToString(), AuditWords.Action(words, line.Action), line.Action, line.EntityType, line.EntityId,
                line.ClientId?.ToString(), line.Details, line.Source));
            if (++written % 1000 == 0) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }
}
