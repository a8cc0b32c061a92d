using System.Runtime.CompilerServices;
using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Audit;

/// <summary>
/// The filtered trail to take away. The export is recorded (with its filters) before a line is read; the lines then
/// come in keyset batches, so memory stays one batch whatever the trail holds, up to <see cref="MaxRows"/>: past
/// that the file says it stopped, and the auditor narrows the filters.
/// </summary>
public sealed class ExportAuditTrailHandler(CasewellDbContext db, AuditTrailSearch search)
{
    public const int MaxRows = 1_000_000;
    private const int BatchSize = 1000;

    public async Task<Result<AuditTrailExport>> Handle(AuditTrailFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (RolePermissions.Refusal(db.Actor, Ability.ReadAuditTrail) is { } refused) return Result<AuditTrailExport>.From(refused);
        var parsed = filter.Parse(search.KnownActions);
        if (parsed.Failed) return Result<AuditTrailExport>.From(parsed);
        var query = parsed.Value!;
        db.RecordAccess(AuditAction.AuditTrailExported, "AuditTrail", null, query.ClientId, AuditTrailSearch.Describe(query));
        await db.SaveChangesAsync(ct);
        return Result<AuditTrailExport>.Ok(new AuditTrailExport(Lines(query, ct)));
    }

    /// <summary>The matching lines, newest first, and one more than <see cref="MaxRows"/> when there are more: the sign that the file was cut.</summary>
    private async IAsyncEnumerable<AuditLine> Lines(AuditTrailQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var before = query.Before;
        var written = 0;
        while (written <= MaxRows)
        {
            var batch = await search.PageAsync(query, before, Math.Min(BatchSize, MaxRows + 1 - written), ct);
            foreach (var line in batch) yield return line;
            written += batch.Count;
            if (batch.Count == 0 || written > MaxRows) yield break;
            before = batch[^1].Sequence;
        }
    }
}

/// <summary>The lines of an export, read as they are written out.</summary>
public sealed record AuditTrailExport(IAsyncEnumerable<AuditLine> Lines);
