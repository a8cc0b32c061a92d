using Casewell.Data;

namespace Casewell.Demo;

/// <summary>
/// Writes generated rows in batches and then forgets them, so a million-row load neither holds every entity
/// in memory nor pays for one round trip per row.
/// </summary>
internal sealed class BatchWriter(BulkLoad load, int rowsPerBatch)
{
    private int pending;

    /// <summary>Counts rows just added to the context; writes the batch when it is full and says so.</summary>
    public async Task<bool> AddedAsync(int rows, CancellationToken ct)
    {
        pending += rows;
        if (pending < rowsPerBatch) return false;
        await FlushAsync(ct);
        return true;
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await load.SaveAsync(ct);
        pending = 0;
    }
}
