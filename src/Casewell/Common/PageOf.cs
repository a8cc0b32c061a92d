using Microsoft.EntityFrameworkCore;

namespace Casewell.Common;

/// <summary>One page of a list. HasMore comes from reading one row past the page, so no list needs a count.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, bool HasMore)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public static (int Page, int Size) Normalize(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    /// <summary>Reads page <paramref name="page"/> of an ordered query.</summary>
    public static async Task<PageOf<T>> ReadAsync(IQueryable<T> ordered, int page, int size, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        // Past a sane number of pages the offset would walk most of an index; nobody pages that far by hand.
        var skip = (long)(page - 1) * size;
        if (skip > 100_000) return new([], page, size, false);
        var rows = await ordered.Skip((int)skip).Take(size + 1).ToListAsync(ct);
        return new(rows.Take(size).ToList(), page, size, rows.Count > size);
    }
}
