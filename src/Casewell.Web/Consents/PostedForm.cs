using System.Globalization;
using Casewell.Consents;

namespace Casewell.Web.Consents;

/// <summary>
/// What the consent pages read from the posted form themselves rather than through form binding: the ticked
/// categories (one name, many values), the uploaded file and dates typed as text.
/// </summary>
internal static class PostedForm
{
    public static InformationCategories Categories(HttpContext http, string name)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.HasFormContentType) return InformationCategories.None;
        var all = InformationCategories.None;
        foreach (var value in http.Request.Form[name])
        {
            // A name that is not one of ours is left out rather than guessed; none ticked is the rules' error.
            if (Enum.TryParse<InformationCategories>(value, ignoreCase: false, out var c) && InformationCategorySet.Each(InformationCategorySet.All).Contains(c))
                all |= c;
        }
        return all;
    }

    /// <summary>The uploaded file, read to at most one byte past the largest form allowed; null when none was chosen.</summary>
    public static async Task<byte[]?> FileAsync(HttpContext http, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.HasFormContentType) return null;
        var file = http.Request.Form.Files.GetFile(name);
        if (file is null || file.Length == 0) return null;
        await using var stream = file.OpenReadStream();
        return await ConsentFormUpload.ReadAsync(stream, ct);
    }

    /// <summary>A date from an input of type date (yyyy-MM-dd); empty is null, anything else unreadable is false.</summary>
    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }
}
