using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

public sealed record AuditChainReport(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Problem);

/// <summary>Walks the whole trail in order, recomputing each hash; finds edited, removed or inserted entries.</summary>
public sealed class VerifyAuditChainHandler(CasewellDbContext db)
{
    private const int BatchSize = 5000;

    public async Task<AuditChainReport> Handle(CancellationToken ct)
    {
        var previousHash = AuditHash.Genesis;
        long expectedSequence = 1;
        long checkedCount = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Sequence >= expectedSequence)
                .OrderBy(a => a.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0) return new AuditChainReport(true, checkedCount, null, null);
            foreach (var entry in batch)
            {
                if (entry.Sequence != expectedSequence)
                    return new AuditChainReport(false, checkedCount, expectedSequence, $"entry {expectedSequence} is missing");
                if (entry.PreviousHash != previousHash)
                    return new AuditChainReport(false, checkedCount, entry.Sequence, "it does not link to the entry before it");
                if (AuditHash.Compute(entry) != entry.Hash)
                    return new AuditChainReport(false, checkedCount, entry.Sequence, "its content does not match its hash");
                previousHash = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }
    }
}
