using System.Globalization;

namespace Casewell.Web.Components.Shared;

/// <summary>
/// Numbers and flags from a page's address, read by hand: bound as int or bool, a hand-edited or truncated address
/// ("?page=abc", "1e3", "2147483648", "%00") throws while the page renders and shows the error page. Here such a
/// value reads as absent, so the page shows its first page or its default.
/// </summary>
public static class QueryValue
{
    /// <summary>A whole number of plain digits that fits an int, or null.</summary>
    public static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A whole number of plain digits that fits a long, or null.</summary>
    public static long? LongNumber(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>"true" or "false" (any case), or null.</summary>
    public static bool? Flag(string? text) => bool.TryParse(text, out var value) ? value : null;
}
