namespace Casewell.Caseloads;

/// <summary>
/// Spreads cases over workers so their weighted loads end up as even as can be: the heaviest case first, each to
/// whoever is least loaded at that moment (counting what they already carry). Ties go to the worker named first.
/// </summary>
public static class CaseloadBalance
{
    public static IReadOnlyList<(Guid CaseId, Guid WorkerId)> Distribute(
        IReadOnlyList<(Guid CaseId, double Weight)> cases, IReadOnlyList<(Guid WorkerId, double Load)> workers)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(workers);
        if (workers.Count == 0) throw new ArgumentException("At least one worker must receive the cases.", nameof(workers));

        var loads = workers.Select(w => w.Load).ToArray();
        var placed = new List<(Guid, Guid)>(cases.Count);
        // A stable sort: cases of equal weight keep the caller's order (oldest first).
        foreach (var (caseId, weight) in cases.OrderByDescending(c => c.Weight))
        {
            var least = 0;
            for (var i = 1; i < loads.Length; i++)
            {
                if (loads[i] < loads[least]) least = i;
            }
            loads[least] += weight;
            placed.Add((caseId, workers[least].WorkerId));
        }
        return placed;
    }
}
